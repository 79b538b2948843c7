from sqlalchemy.orm import Session
from relationships_setup import Mission, engine

engine.echo = True
with Session(engine) as session:
    ares3 = session.get_one(Mission, 1)  # selects the mission row only
    print("-- crew not loaded yet --")
    print(ares3.crew)  # first access: a SELECT for this crew
