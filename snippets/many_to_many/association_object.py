from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship
from many_to_many_setup import Astronaut, Base, Mission, engine


class Seat(Base):  # the link row as a class, because it carries data
    __tablename__ = "seat"
    id: Mapped[int] = mapped_column(primary_key=True)
    astronaut_id: Mapped[int] = mapped_column(ForeignKey(Astronaut.id))
    mission_id: Mapped[int] = mapped_column(ForeignKey(Mission.id))
    role: Mapped[str]
    astronaut: Mapped[Astronaut] = relationship()  # two many-to-ones
    mission: Mapped[Mission] = relationship()


engine.echo = False
Base.metadata.create_all(engine)  # adds the seat table
with Session(engine) as session:
    session.add(Seat(astronaut_id=2, mission_id=1, role="botanist"))
    seat = session.get_one(Seat, 1)
    print(seat.astronaut.name, "flies", seat.mission.name, "as", seat.role)
