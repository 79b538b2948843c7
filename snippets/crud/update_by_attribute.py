from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    role: Mapped[str]

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r}, role={self.role!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add_all(
        [
            Astronaut(name="Melissa Lewis", role="commander"),
            Astronaut(name="Rick Martinez", role="pilot"),
            Astronaut(name="Mark Watney", role="botanist"),
        ]
    )
    session.commit()

engine.echo = True
with Session(engine) as session:
    watney = session.get(Astronaut, 3)
    assert watney is not None
    watney.role = "space pirate"  # only marks the object dirty; no SQL yet
    print("dirty:", list(session.dirty))
    session.commit()  # the flush inside commit sends the UPDATE
