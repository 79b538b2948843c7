from sqlalchemy import ForeignKey, create_engine, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship


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

with Session(engine) as session:
    # an inner join drops missions without crew; outerjoin() keeps them
    inner = (
        select(Mission.name, func.count(Astronaut.id))
        .join(Mission.crew)
        .group_by(Mission.id)
        .order_by(Mission.name)
    )
    print("join:     ", session.execute(inner).all())
    outer = (
        select(Mission.name, func.count(Astronaut.id))
        .outerjoin(Mission.crew)
        .group_by(Mission.id)
        .order_by(Mission.name)
    )
    print("outerjoin:", session.execute(outer).all())

    # the other direction: astronauts whether or not they have a mission
    stmt = (
        select(Astronaut.name, Mission.name)
        .outerjoin(Astronaut.mission)
        .order_by(Astronaut.name)
    )
    for astronaut, mission in session.execute(stmt):
        print(f"{astronaut} -> {mission}")
print()
print(outer)
