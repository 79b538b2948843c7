from contextlib import suppress

from sqlalchemy.orm import Session
from session_setup import Astronaut, engine, names

with suppress(RuntimeError), Session(engine) as session, session.begin():
    session.add(Astronaut(name="Chris Beck"))
    raise RuntimeError("abort the launch")  # rolled back, then closed
with Session(engine) as session, session.begin():  # committed, then closed
    session.add(Astronaut(name="Alex Vogel"))
with Session(engine) as session:  # a new session sees what was committed
    print(session.scalars(names).all())
