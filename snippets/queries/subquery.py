from sqlalchemy import ForeignKey, create_engine, func, select
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Session,
    aliased,
    mapped_column,
    relationship,
)


class Base(DeclarativeBase):
    pass


class Mission(Base):
    __tablename__ = "mission"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    crew: Mapped[list["Astronaut"]] = relationship(back_populates="mission")

    def __repr__(self) -> str:
        return f"Mission(id={self.id}, name={self.name!r})"


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    role: Mapped[str]
    mission_id: Mapped[int | None] = mapped_column(ForeignKey("mission.id"))
    mission: Mapped[Mission | None] = relationship(back_populates="crew")

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    ares3 = Mission(name="Ares III")
    session.add_all([ares3, Mission(name="Ares IV")])  # Ares IV: no crew yet
    session.add_all(
        [
            Astronaut(name="Melissa Lewis", role="commander", mission=ares3),
            Astronaut(name="Rick Martinez", role="pilot", mission=ares3),
            Astronaut(name="Mark Watney", role="botanist", mission=ares3),
            Astronaut(name="Mindy Park", role="satellite planner"),  # no mission
        ]
    )
    session.commit()

# .subquery() turns a SELECT into a derived table with columns under `.c`
crew_counts = (
    select(Astronaut.mission_id, func.count().label("crew"))
    .group_by(Astronaut.mission_id)
    .subquery()
)
stmt = (
    select(Mission.name, crew_counts.c.crew)
    .join(crew_counts, Mission.id == crew_counts.c.mission_id)
    .order_by(Mission.name)
)
print(stmt)
print()
with Session(engine) as session:
    print(session.execute(stmt).all())

    # aliased() maps an entity onto a subquery, so rows come back as objects
    flight_crew = select(Astronaut).where(Astronaut.role.in_(["commander", "pilot"]))
    pilot_or_cmdr = aliased(Astronaut, flight_crew.subquery())
    print(session.scalars(select(pilot_or_cmdr).order_by(pilot_or_cmdr.name)).all())
