# warns: SAWarning
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
    hermes = Mission(name="Hermes")
    session.add(hermes)
    session.commit()

    # Through the relationship of an object in the session: cascaded in at once.
    beck = Astronaut(name="Chris Beck")
    hermes.crew.append(beck)
    print("beck in session:", beck in session)

    # Through the reverse side: hermes.crew gets vogel via back_populates, but
    # since 2.0 that backref event no longer puts vogel in the session.
    vogel = Astronaut(name="Alex Vogel")
    vogel.missions.append(hermes)
    print("vogel in hermes.crew:", vogel in hermes.crew)
    print("vogel in session:", vogel in session)

    session.flush()  # warns: the link to vogel is skipped, vogel is not saved
    print("vogel in session after flush:", vogel in session)

    session.add(vogel)  # the fix: add the new object explicitly
    session.commit()
    print(session.scalars(select(Astronaut).order_by(Astronaut.id)).all())
    links = select(crew_table).order_by(crew_table.c.astronaut_id)
    print("hermes crew rows:", session.execute(links).all())
