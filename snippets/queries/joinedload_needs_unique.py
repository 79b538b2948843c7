from sqlalchemy import ForeignKey, create_engine, select
from sqlalchemy.exc import InvalidRequestError
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Session,
    joinedload,
    mapped_column,
    relationship,
    selectinload,
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

# one row per (mission, crew member): Ares III comes back three times
stmt = select(Mission).options(joinedload(Mission.crew)).order_by(Mission.id)
with Session(engine) as session:
    try:
        session.scalars(stmt).all()
    except InvalidRequestError as err:
        print(f"{type(err).__name__}: {err}")

    # .unique() folds the duplicates back into one object per mission
    for mission in session.scalars(stmt).unique():
        print(mission, sorted(a.name for a in mission.crew))

    # selectinload() loads the collection in a second SELECT: no duplicates
    stmt = select(Mission).options(selectinload(Mission.crew)).order_by(Mission.id)
    print("selectinload:", session.scalars(stmt).all())
