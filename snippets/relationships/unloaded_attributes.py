from sqlalchemy import inspect
from sqlalchemy.orm import Session
from relationships_setup import Mission, engine

with Session(engine) as session:
    ares3 = session.get_one(Mission, 1)
    print("crew" in inspect(ares3).unloaded)  # asking loads nothing
    len(ares3.crew)  # the lazy load
    print("crew" in inspect(ares3).unloaded)
