# raises: IntegrityError
from errors_setup import Astronaut, Session

with Session.begin() as session:
    session.add(Astronaut(name="Mark Watney"))  # name is UNIQUE
