from sqlalchemy import create_engine
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
    print("--- get(): first load")
    watney = session.get(Astronaut, 1)
    print("objects in the map:", len(session.identity_map))
    # The map holds unmodified objects weakly: drop the last reference and it goes.
    del watney
    print("after del:", len(session.identity_map))
    print("--- get(): must query again")
    session.get(Astronaut, 1)
