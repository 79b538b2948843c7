from sqlalchemy.orm import Session
from internals_setup import Astronaut, engine

with Session(engine) as session:
    watney = session.get(Astronaut, 3)  # a SELECT; now in the map
    del watney  # the map holds unmodified objects weakly
    print("objects in the map:", len(session.identity_map))
    session.get(Astronaut, 3)  # so get() queries again
