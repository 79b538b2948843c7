from sqlalchemy.orm import Session
from session_setup import Astronaut, engine

engine.echo = True
with Session(engine) as session:
    session.get(Astronaut, 1)  # no begin() call: this statement starts one
    session.commit()  # ends it
