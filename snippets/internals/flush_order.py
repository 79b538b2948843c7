from sqlalchemy import ForeignKey, create_engine
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Session,
    mapped_column,
    relationship,
)


class Base(DeclarativeBase):
    pass


class Mission(Base):
    __tablename__ = "mission"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    crew: Mapped[list["Astronaut"]] = relationship(
        back_populates="mission", cascade="all, delete-orphan", order_by="Astronaut.id"
    )

    def __repr__(self) -> str:
        return f"Mission(id={self.id}, name={self.name!r})"


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    mission_id: Mapped[int] = mapped_column(ForeignKey("mission.id"))
    mission: Mapped[Mission] = relationship(back_populates="crew")

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
engine.echo = True

with Session(engine) as session:
    # Children are added FIRST on purpose: the unit of work still inserts the
    # parent first, because the children need its primary key. (Explicit child
    # ids let it send both rows as one executemany.)
    lewis = Astronaut(id=1, name="Melissa Lewis")
    watney = Astronaut(id=2, name="Mark Watney")
    session.add_all([lewis, watney])
    ares = Mission(name="Ares III", crew=[lewis, watney])
    session.add(ares)
    print("--- flush: parent INSERT, then children")
    session.flush()
    print("--- delete the mission: children DELETEd before the parent")
    session.delete(ares)
    session.flush()
