from sqlalchemy.orm import Session
from crud_setup import Astronaut, engine

with Session(engine) as session:
    watney = session.get(Astronaut, 6)
    assert watney is not None
    watney.role = "space pirate"  # only marks the object dirty; no SQL yet
    print("dirty:", list(session.dirty))
    session.commit()  # the flush inside commit sends the UPDATE
