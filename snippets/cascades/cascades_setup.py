import os

from sqlalchemy import Column, ForeignKey, Table, create_engine
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    mapped_column,
    relationship,
    sessionmaker,
)


class Base(DeclarativeBase):
    id: Mapped[int] = mapped_column(primary_key=True, sort_order=-1)  # every table

    def __repr__(self) -> str:  # e.g. Log(id=1, astronaut_id=None)
        values = (f"{c.key}={getattr(self, c.key)}" for c in self.__table__.c)
        return f"{type(self).__name__}({', '.join(values)})"


class Astronaut(Base):
    __tablename__ = "astronaut"
    logs: Mapped[list["Log"]] = relationship(back_populates="astronaut")
    tasks: Mapped[list["Task"]] = relationship(cascade="all, delete-orphan")
    photos: Mapped[list["Photo"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class Log(Base):  # default cascade: "save-update, merge"
    __tablename__ = "log"
    astronaut_id: Mapped[int | None] = mapped_column(ForeignKey("astronaut.id"))
    astronaut: Mapped[Astronaut | None] = relationship(back_populates="logs")


class Task(Base):  # deleted by the ORM with their astronaut
    __tablename__ = "task"
    astronaut_id: Mapped[int] = mapped_column(ForeignKey("astronaut.id"))


class Photo(Base):  # left to the database: ON DELETE CASCADE
    __tablename__ = "photo"
    astronaut_id = mapped_column(ForeignKey("astronaut.id", ondelete="CASCADE"))


class Mission(Base):  # many-to-many; crew: "delete" cascades, "merge" does not
    __tablename__ = "mission"
    crew: Mapped[list[Astronaut]] = relationship(
        secondary="crew", cascade="save-update, delete"
    )


crew_table = Table(
    "crew",
    Base.metadata,
    Column("mission_id", ForeignKey("mission.id"), primary_key=True),
    Column(  # PostgreSQL enforces foreign keys: crew rows go with their astronaut
        "astronaut_id", ForeignKey("astronaut.id", ondelete="CASCADE"), primary_key=True
    ),
)
engine = create_engine(os.environ.get("DATABASE_URL", "sqlite://"))
Base.metadata.create_all(engine)
Session = sessionmaker(engine)  # each example opens its own session
with Session.begin() as session:
    watney = Astronaut(logs=[Log(), Log()], tasks=[Task(), Task()], photos=[Photo()])
    session.add(Mission(crew=[watney, Astronaut()]))  # 1: Watney, 2: Lewis
