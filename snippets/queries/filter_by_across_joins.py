from sqlalchemy import ForeignKey, create_engine, select
from sqlalchemy.exc import AmbiguousColumnError
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
    # since 2.1 filter_by() searches every entity in FROM: "role" is Astronaut's
    stmt = select(Mission.name).join(Mission.crew).filter_by(role="botanist")
    print("filter_by(role=...):", session.scalars(stmt).all())

    # but both Mission and Astronaut have "name", so this is ambiguous
    try:
        select(Astronaut).join(Astronaut.mission).filter_by(name="Ares III")
    except AmbiguousColumnError as err:
        # the message goes on to list the entities, in no fixed order: cut there
        print(f"{type(err).__name__}: {str(err).split(';')[0]}")

    # say which entity you mean with where()
    stmt = (
        select(Astronaut.name)
        .join(Astronaut.mission)
        .where(Mission.name == "Ares III")
        .order_by(Astronaut.name)
    )
    print("where(Mission.name == ...):", session.scalars(stmt).all())
