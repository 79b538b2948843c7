from sqlalchemy import create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


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
    session.add_all([Astronaut(name="Melissa Lewis"), Astronaut(name="Mark Watney")])
    session.commit()

with Session(engine) as session:
    crew = session.scalars(select(Astronaut).order_by(Astronaut.id)).all()
    a = crew[1]
    b = session.scalars(select(Astronaut).where(Astronaut.name == "Mark Watney")).one()
    # Two different queries that hit row id=2 give back one Python object.
    print("a is b:", a is b)
    # Keys are (class, primary-key tuple, identity_token); sort them for a stable print.
    keys = sorted(session.identity_map.keys(), key=lambda key: key[1])
    for key in keys:
        print(key[0].__name__, key[1], "->", session.identity_map[key])
