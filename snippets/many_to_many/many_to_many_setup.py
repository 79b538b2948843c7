import os

from sqlalchemy import Column, ForeignKey, Table, create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship


class Base(DeclarativeBase): ...


crew_table = Table(  # a plain Table: no class, just the two foreign keys
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
        secondary=crew_table, back_populates="crew", order_by="Mission.id"
    )


class Mission(Base):
    __tablename__ = "mission"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    crew: Mapped[list[Astronaut]] = relationship(
        secondary=crew_table, back_populates="missions", order_by=Astronaut.id
    )


engine = create_engine(os.environ.get("DATABASE_URL", "sqlite://"))
Base.metadata.create_all(engine)
with Session(engine) as session, session.begin():
    lewis, watney = Astronaut(name="Melissa Lewis"), Astronaut(name="Mark Watney")
    session.add(Mission(name="Ares III", crew=[lewis, watney]))
    session.add(Mission(name="Hermes", crew=[lewis, Astronaut(name="Beth Johansen")]))
    session.add_all([Astronaut(name="Rick Martinez"), Mission(name="MAV")])
engine.echo = True  # most examples below show the SQL they send
