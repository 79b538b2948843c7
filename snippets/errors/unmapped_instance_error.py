# raises: UnmappedInstanceError
from errors_setup import Astronaut, Session

with Session() as session:
    session.add([Astronaut(name="Alex Vogel")])
