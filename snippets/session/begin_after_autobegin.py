# raises: InvalidRequestError
from sqlalchemy.orm import Session
from session_setup import Astronaut, engine

with Session(engine) as session:
    session.get(Astronaut, 1)  # autobegins; call begin() before this
    session.begin()
