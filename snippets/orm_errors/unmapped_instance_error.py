# raises: UnmappedInstanceError
from orm_errors_setup import Astronaut, Session

with Session() as session:
    session.add([Astronaut(name="Alex Vogel")])
