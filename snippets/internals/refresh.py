from sqlalchemy.orm import Session
from internals_setup import Astronaut, engine

with Session(engine) as session:
    martinez = session.get_one(Astronaut, 2)
    martinez.role = "MAV pilot"  # changed in Python, not flushed
    session.refresh(martinez)  # a SELECT right now
    print("role:", martinez.role, "| dirty:", martinez in session.dirty)
