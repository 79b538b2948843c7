from sqlalchemy.orm import Session
from session_setup import Astronaut, engine, names

with Session(engine) as session:
    session.add(Astronaut(name="Rick Martinez"))  # never committed: lost
with Session(engine) as session:
    session.add(Astronaut(name="Beth Johansen"))
    session.commit()  # kept
    print(session.scalars(names).all())
