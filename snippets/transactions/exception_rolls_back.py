# raises: RuntimeError
from sqlalchemy.orm import Session
from transactions_setup import Astronaut, engine

with Session(engine) as session, session.begin():
    session.add(Astronaut(name="Mark Watney"))
    session.flush()  # the INSERT is sent...
    raise RuntimeError("dust storm, abort the sol")  # ...and rolled back
