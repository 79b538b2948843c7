# raises: DetachedInstanceError
from sqlalchemy import create_engine, inspect
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

with Session(engine) as session:  # expire_on_commit=True is the default
    watney = Astronaut(name="Mark Watney")
    session.add(watney)
    session.commit()
    # commit() expired every attribute; the next read would SELECT again.
    print("expired after commit:", sorted(inspect(watney).expired_attributes))

# The session is closed now, so there is nothing to reload the attribute from.
print(watney.name)
