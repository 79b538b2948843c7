from sqlalchemy import Column, ForeignKey, Table, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship


class Base(DeclarativeBase):
    pass


# A plain Table: it has no class of its own, only the two foreign keys.
crew_table = Table(
    "crew",
    Base.metadata,
    Column("astronaut_id", ForeignKey("astronaut.id"), primary_key=True),
    Column("mission_id", ForeignKey("mission.id"), primary_key=True),
)


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    missions: Mapped[list["Mission"]] = relationship(
        secondary=crew_table, back_populates="crew", order_by="Mission.name"
    )

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


class Mission(Base):
    __tablename__ = "mission"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    crew: Mapped[list[Astronaut]] = relationship(
        secondary=crew_table, back_populates="missions", order_by=Astronaut.name
    )

    def __repr__(self) -> str:
        return f"Mission(id={self.id}, name={self.name!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

with Session(engine) as session:
    ares3 = Mission(name="Ares III")
    hermes = Mission(name="Hermes")
    lewis = Astronaut(name="Melissa Lewis", missions=[ares3, hermes])
    watney = Astronaut(name="Mark Watney", missions=[ares3])
    # back_populates kept the other side in step, before any flush:
    print("ares3.crew in memory:", ares3.crew)
    session.add_all([lewis, watney])
    session.commit()

with Session(engine) as session:
    for mission in session.scalars(select(Mission).order_by(Mission.name)):
        print(mission.name, "->", mission.crew)
    for astronaut in session.scalars(select(Astronaut).order_by(Astronaut.name)):
        print(astronaut.name, "->", astronaut.missions)
