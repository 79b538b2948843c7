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
    session.add(Astronaut(name="Mark Watney"))
    session.commit()

engine.echo = True
with Session(engine) as session:
    print("--- first get(): not in the map yet, so a SELECT")
    first = session.get(Astronaut, 1)
    print("--- second get(): served from the identity map, no SQL")
    second = session.get(Astronaut, 1)
    print("same object:", first is second)
    print("--- select() always runs SQL, but returns the mapped object")
    third = session.scalars(select(Astronaut).where(Astronaut.id == 1)).one()
    print("same object:", first is third)
