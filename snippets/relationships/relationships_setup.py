import os

from sqlalchemy import ForeignKey, create_engine
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Session,
    WriteOnlyMapped,
    mapped_column,
    relationship,
)


class Base(DeclarativeBase):
    pass


class Mission(Base):
    __tablename__ = "mission"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    crew: Mapped[list["Astronaut"]] = relationship(back_populates="mission")
    walks: WriteOnlyMapped["Spacewalk"] = relationship()


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    mission_id = mapped_column(ForeignKey("mission.id"))
    mission: Mapped[Mission | None] = relationship(back_populates="crew")
    boss_id = mapped_column(ForeignKey("astronaut.id"))
    boss: Mapped["Astronaut | None"] = relationship(remote_side=[id])
    suit: Mapped["Suit | None"] = relationship(back_populates="astronaut")

    def __repr__(self) -> str:
        return f"Astronaut({self.name!r})"


class Suit(Base):  # one-to-one: a scalar on both sides
    __tablename__ = "suit"
    id: Mapped[int] = mapped_column(primary_key=True)
    astronaut_id = mapped_column(ForeignKey("astronaut.id"), unique=True)
    astronaut: Mapped[Astronaut | None] = relationship(back_populates="suit")


class Spacewalk(Base):  # two foreign keys to astronaut
    __tablename__ = "spacewalk"
    id: Mapped[int] = mapped_column(primary_key=True)
    mission_id = mapped_column(ForeignKey("mission.id"))
    lead_id = mapped_column(ForeignKey("astronaut.id"))
    backup_id = mapped_column(ForeignKey("astronaut.id"))
    lead: Mapped[Astronaut] = relationship(foreign_keys=[lead_id])
    backup: Mapped[Astronaut] = relationship(foreign_keys=[backup_id])


engine = create_engine(os.environ.get("DATABASE_URL", "sqlite://"))
Base.metadata.create_all(engine)
crews = {"Ares III": "Lewis Martinez Watney", "Ares IV": "Johansen Beck", "Ares V": ""}
with Session(engine) as session, session.begin():  # ids: 1, 2, 3...
    for mission, names in crews.items():
        crew = [Astronaut(name=name) for name in names.split()]
        session.add(Mission(name=mission, crew=crew))
