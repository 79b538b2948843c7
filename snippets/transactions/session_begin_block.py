from sqlalchemy.orm import Session
from transactions_setup import Astronaut, engine

with Session(engine) as session:  # closes the session on exit
    with session.begin():  # commits on exit, or rolls back on an exception
        session.add(Astronaut(name="Alex Vogel"))
