from sqlalchemy.orm import Session
from many_to_many_setup import Astronaut, Mission, engine

with Session(engine) as session:
    lewis = session.get_one(Astronaut, 1)  # Ares III, Hermes -> Hermes, MAV
    lewis.missions = [lewis.missions[1], session.get_one(Mission, 3)]
    session.commit()  # writes only the difference
