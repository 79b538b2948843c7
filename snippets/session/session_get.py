from sqlalchemy.orm import Session
from session_setup import Astronaut, engine

engine.echo = True
with Session(engine) as session:
    watney = session.get(Astronaut, 2)  # SELECT by primary key
    print("same object:", session.get(Astronaut, 2) is watney)  # no SQL
