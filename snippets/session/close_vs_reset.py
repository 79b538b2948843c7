# raises: InvalidRequestError
from sqlalchemy.orm import Session
from session_setup import Astronaut, engine

session = Session(engine)  # close_resets_only=True is the default
session.close()  # same as reset(): objects detached, session reusable
print("after close():", session.get(Astronaut, 1))
session = Session(engine, close_resets_only=False)
session.reset()  # reset() still leaves the session reusable ...
session.close()  # ... but close() now ends it for good
session.get(Astronaut, 1)
