from sqlalchemy.orm import Session
from many_to_many_setup import Astronaut, Mission, engine

with Session(engine) as session:
    watney = session.get_one(Astronaut, 2)
    watney.missions.append(session.get_one(Mission, 2))  # Hermes
    watney.missions.remove(watney.missions[0])  # Ares III; no SQL yet
    session.commit()  # the flush writes both links
