# raises: PendingRollbackError
from errors_setup import Astronaut, Session

with Session() as session:
    session.add(Astronaut(name="Mark Watney"))  # a duplicate UNIQUE name
    try:
        session.flush()
    except Exception:  # caught, but no rollback()
        session.get(Astronaut, 1)
