# raises: DetachedInstanceError
from sqlalchemy.orm import Session
from relationships_setup import Mission, engine

with Session(engine) as session:
    ares3 = session.get_one(Mission, 1)
print(ares3.name)  # loaded before the session closed
print(ares3.crew)  # never loaded, and no session left to load it
