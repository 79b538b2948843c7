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

# expire_on_commit=False keeps the setup objects loaded, so only the writes echo.
with Session(engine, expire_on_commit=False) as session:
    ares3, hermes = Mission(name="Ares III"), Mission(name="Hermes")
    watney = Astronaut(name="Mark Watney", missions=[ares3])
    session.add_all([watney, hermes])
    session.commit()

    engine.echo = True
    watney.missions.append(hermes)
    print("-- appended Hermes; nothing is written until the flush")
    session.flush()
    watney.missions.remove(ares3)
    print("-- removed Ares III")
    session.commit()
    engine.echo = False
    rows = session.execute(select(crew_table).order_by(crew_table.c.mission_id))
    print("crew rows:", rows.all())
