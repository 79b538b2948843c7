from sqlalchemy.orm import Session
from crud_setup import Astronaut, engine

with Session(engine) as session:
    print(session.get(Astronaut, 6))
    print(session.get(Astronaut, 99))  # a missing key gives None, not an error
