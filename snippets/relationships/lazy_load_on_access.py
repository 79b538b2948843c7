from sqlalchemy.orm import Session
from relationships_setup import Mission, engine

engine.echo = True
with Session(engine) as session:
    ares3 = session.get_one(Mission, 1)  # the mission's row only
    print("-- crew not loaded yet --")
    print(len(ares3.crew))  # first access: a SELECT for this crew
