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

# a one-value SELECT used as a column, correlated to the outer Mission row
crew_size = (
    select(func.count(Astronaut.id))
    .where(Astronaut.mission_id == Mission.id)
    .scalar_subquery()
    .label("crew_size")
)
stmt = select(Mission.name, crew_size).order_by(Mission.name)
print(stmt)
print()
with Session(engine) as session:
    for name, size in session.execute(stmt):
        print(f"{name}: {size}")
