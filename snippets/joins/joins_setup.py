import os

from sqlalchemy import ForeignKey, create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Mission(Base):
    __tablename__ = "mission"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    crew: Mapped[list["Astronaut"]] = relationship(back_populates="mission")


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    role: Mapped[str]
    mission_id: Mapped[int | None] = mapped_column(ForeignKey("mission.id"))
    mission: Mapped[Mission | None] = relationship(back_populates="crew")
    boss_id: Mapped[int | None] = mapped_column(ForeignKey("astronaut.id"))

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


engine = create_engine(os.environ.get("DATABASE_URL", "sqlite://"))
Base.metadata.create_all(engine)
with Session(engine) as session:
    ares3, ares4 = Mission(name="Ares III"), Mission(name="Ares IV")
    session.add_all(  # ids 1, 2, 3... in this order
        [
            Astronaut(name="Melissa Lewis", role="commander", mission=ares3),
            Astronaut(name="Rick Martinez", role="pilot", mission=ares3, boss_id=1),
            Astronaut(name="Mark Watney", role="botanist", mission=ares3, boss_id=2),
            Astronaut(name="Beth Johansen", role="sysop", mission=ares4),
            Astronaut(name="Mindy Park", role="satellite planner"),  # no mission
            Mission(name="Ares V"),  # no crew
        ]
    )
    session.commit()
engine.echo = True  # most examples below show the SQL they send
