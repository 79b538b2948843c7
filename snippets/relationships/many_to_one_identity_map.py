from sqlalchemy import select
from sqlalchemy.orm import Session
from relationships_setup import Astronaut, Mission, engine

engine.echo = True  # two SELECTs, none for the astronauts' missions
with Session(engine) as session:
    missions = session.scalars(select(Mission)).all()  # keep them
    crew = session.scalars(select(Astronaut).order_by(Astronaut.id))
    print([a.mission.id for a in crew if a.mission])
