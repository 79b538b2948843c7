# raises: InvalidRequestError
from orm_errors_setup import Astronaut, Session

with Session() as session:
    vogel = Astronaut(name="Alex Vogel")
    session.add(vogel)  # pending: no row yet
    session.refresh(vogel)  # commit() (or flush()) first
