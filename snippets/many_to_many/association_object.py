from sqlalchemy import ForeignKey, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Assignment(Base):
    """The association row is a class of its own when it carries data."""

    __tablename__ = "assignment"
    astronaut_id: Mapped[int] = mapped_column(
        ForeignKey("astronaut.id"), primary_key=True
    )
    mission_id: Mapped[int] = mapped_column(ForeignKey("mission.id"), primary_key=True)
    role: Mapped[str]
    seat: Mapped[int]
    astronaut: Mapped["Astronaut"] = relationship(back_populates="assignments")
    mission: Mapped["Mission"] = relationship(back_populates="assignments")

    def __repr__(self) -> str:
        return f"Assignment({self.astronaut.name!r}, {self.role!r}, seat={self.seat})"


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    assignments: Mapped[list[Assignment]] = relationship(back_populates="astronaut")

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


class Mission(Base):
    __tablename__ = "mission"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    assignments: Mapped[list[Assignment]] = relationship(
        back_populates="mission", order_by=Assignment.seat
    )

    def __repr__(self) -> str:
        return f"Mission(id={self.id}, name={self.name!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

with Session(engine) as session:
    ares3 = Mission(name="Ares III")
    lewis, watney = Astronaut(name="Melissa Lewis"), Astronaut(name="Mark Watney")
    # Create the link object itself; there is no astronaut.missions.append() now.
    ares3.assignments.append(Assignment(astronaut=lewis, role="commander", seat=1))
    ares3.assignments.append(Assignment(astronaut=watney, role="botanist", seat=6))
    session.add(ares3)
    session.commit()

    print("Ares III:", ares3.assignments)
    # Walk through the association object to the other side.
    print("missions of Lewis:", [a.mission for a in lewis.assignments])

    # The extra columns can be filtered on like any other column.
    stmt = (
        select(Astronaut.name, Assignment.role, Mission.name)
        .join(Astronaut.assignments)
        .join(Assignment.mission)
        .where(Assignment.seat > 1)
        .order_by(Astronaut.name)
    )
    print(session.execute(stmt).all())
