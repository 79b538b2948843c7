from sqlalchemy import create_engine, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

# In 2.1 the helper lives in sqlalchemy.orm.util (not re-exported by sqlalchemy.orm).
from sqlalchemy.orm.util import identity_key


class Base(DeclarativeBase):
    pass


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

with Session(engine) as session:
    watney = Astronaut(name="Mark Watney")
    session.add(watney)
    # Pending: no primary key yet, so no identity key either.
    print("pending:", inspect(watney).identity_key)
    session.flush()
    print("after flush:", inspect(watney).identity_key)
    # Build the same key without an object, then look it up in the map.
    key = identity_key(Astronaut, 1)
    print("identity_key(Astronaut, 1):", key)
    print("in identity map:", key in session.identity_map)
    print("same object:", session.identity_map[key] is watney)
    # Session.identity_key() is the same helper as a classmethod.
    print(
        "Session.identity_key(...) == key:", Session.identity_key(Astronaut, 1) == key
    )
