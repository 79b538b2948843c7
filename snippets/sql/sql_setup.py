import os

from sqlalchemy import ForeignKey, create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Mission(Base):
    __tablename__ = "mission"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    crew: Mapped[list["Astronaut"]] = relationship()


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    mission_id: Mapped[int | None] = mapped_column(ForeignKey("mission.id"))


engine = create_engine(os.environ.get("DATABASE_URL", "sqlite://"))
Base.metadata.create_all(engine)
with Session(engine) as session:
    crew = [Astronaut(name="Melissa Lewis"), Astronaut(name="Mark Watney")]
    session.add(Mission(name="Ares III", crew=crew))
    session.add(Mission(name="Ares IV", crew=[Astronaut(name="Beth Johansen")]))
    session.commit()
