# raises: DetachedInstanceError
from orm_errors_setup import Astronaut, Session

with Session.begin() as session:  # its commit expires every attribute
    watney = session.get_one(Astronaut, 2)
print(watney.name)  # the session is closed: nothing can reload it
