from sqlalchemy import Column, ForeignKey, Table, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship


class Base(DeclarativeBase):
    pass


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
    # Default cascade: deleting an astronaut deletes only the link rows.
    missions: Mapped[list["Mission"]] = relationship(
        secondary=crew_table, back_populates="crew"
    )

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


class Mission(Base):
    __tablename__ = "mission"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    crew: Mapped[list[Astronaut]] = relationship(
        secondary=crew_table, back_populates="missions"
    )

    def __repr__(self) -> str:
        return f"Mission(id={self.id}, name={self.name!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

with Session(engine) as session:
    ares3, mav = Mission(name="Ares III"), Mission(name="MAV")
    session.add(Astronaut(name="Melissa Lewis", missions=[ares3, mav]))
    session.add(Astronaut(name="Mark Watney", missions=[ares3, mav]))
    session.commit()

engine.echo = True
with Session(engine) as session:
    session.delete(session.get_one(Astronaut, 2))
    session.commit()
engine.echo = False

with Session(engine) as session:
    links = select(crew_table).order_by(crew_table.c.astronaut_id, "mission_id")
    print("crew rows:", session.execute(links).all())
    print("astronauts:", session.scalars(select(Astronaut).order_by("id")).all())
    print("missions:", session.scalars(select(Mission).order_by("id")).all())
