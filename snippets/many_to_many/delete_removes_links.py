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
    ares3, hermes = Mission(name="Ares III"), Mission(name="Hermes return")
    session.add_all(
        [
            Astronaut(name="Melissa Lewis", missions=[ares3, hermes]),
            Astronaut(name="Mark Watney", missions=[ares3]),
            Astronaut(name="Beth Johansen", missions=[hermes]),
        ]
    )
    session.commit()


crew_rows = select(crew_table).order_by(crew_table.c.astronaut_id, "mission_id")
with Session(engine) as session:
    print("crew rows before:", session.execute(crew_rows).all())

engine.echo = True
with Session(engine) as session:
    stmt = select(Astronaut).where(Astronaut.name == "Melissa Lewis")
    session.delete(session.scalars(stmt).one())
    session.commit()
engine.echo = False

with Session(engine) as session:
    print("crew rows after:", session.execute(crew_rows).all())
    # Only the links went; the missions on the other side are untouched.
    print("missions:", session.scalars(select(Mission).order_by(Mission.id)).all())
