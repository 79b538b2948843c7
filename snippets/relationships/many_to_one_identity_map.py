from sqlalchemy import select
from sqlalchemy.orm import Session
from relationships_setup import Astronaut, Mission, engine

engine.echo = True  # two SELECTs, and none for the astronauts' missions
with Session(engine) as session:
    missions = session.scalars(select(Mission)).all()  # hold on to them
    crew = session.scalars(select(Astronaut).order_by(Astronaut.id)).all()
    print([a.mission.name for a in crew if a.mission])
