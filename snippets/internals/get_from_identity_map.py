from sqlalchemy.orm import Session
from internals_setup import Astronaut, engine

with Session(engine) as session:
    watney = session.get(Astronaut, 3)  # not in the map yet: a SELECT
    print("get() again, no SQL:", session.get(Astronaut, 3) is watney)
