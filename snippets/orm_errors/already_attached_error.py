# raises: InvalidRequestError
from orm_errors_setup import Astronaut, Session

with Session() as one, Session() as two:
    watney = one.get_one(Astronaut, 2)
    two.add(watney)  # still in session one
