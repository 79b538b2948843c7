# raises: DetachedInstanceError
from scoped_session_setup import Astronaut, Session

watney = Astronaut(name="Mark Watney")  # created in a request ...
Session.add(watney)
Session.commit()  # expires watney's attributes
Session.remove()  # teardown closes the request's session
print(watney.name)  # ... read after it: detached and expired
