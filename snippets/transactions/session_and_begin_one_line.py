from sqlalchemy.orm import Session
from transactions_setup import Astronaut, engine

with Session(engine) as session, session.begin():  # commits, then closes
    session.add(Astronaut(name="Chris Beck"))
