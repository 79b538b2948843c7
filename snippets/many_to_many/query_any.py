from sqlalchemy import select
from sqlalchemy.orm import Session
from many_to_many_setup import Astronaut, Mission, engine

names = select(Astronaut.name).order_by(Astronaut.name)
with Session(engine) as session:  # EXISTS: each name at most once
    print(session.scalars(names.where(Astronaut.missions.any(Mission.id < 3))).all())
    print(session.scalars(names.where(~Astronaut.missions.any())).all())
