# raises: InvalidRequestError
from scoped_session_setup import Astronaut, Session

with Session.begin() as tx:  # Session().begin(): binds a transaction
    print("Session.begin() as tx ->", type(tx).__name__)
    Session.add(Astronaut(name="Mark Watney"))
Session.get(Astronaut, 1)  # a read autobegins the scope's session ...
Session.begin()  # ... so begin() now raises
