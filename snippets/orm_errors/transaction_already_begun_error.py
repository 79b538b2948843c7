# raises: InvalidRequestError
from orm_errors_setup import Astronaut, Session

with Session() as session:
    session.get(Astronaut, 1)  # the first statement autobegins a transaction
    session.begin()
