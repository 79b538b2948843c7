from sqlalchemy.orm import Session, joinedload
from relationships_setup import Astronaut, Mission, engine

engine.echo = True
load = joinedload(Astronaut.mission).selectinload(Mission.crew)
with Session(engine) as session:
    watney = session.get_one(Astronaut, 3, options=[load])
    print(watney.mission and watney.mission.crew)  # no more SQL
