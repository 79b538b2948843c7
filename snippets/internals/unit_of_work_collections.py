from sqlalchemy.orm import Session
from internals_setup import Astronaut, engine

engine.echo = False
with Session(engine, autoflush=False) as session:  # keep it all pending
    session.add(Astronaut(name="Kelly Kapoor"))
    session.get_one(Astronaut, 1).role = "captain"
    session.delete(session.get_one(Astronaut, 2))
    print("new:", list(session.new), "| dirty:", list(session.dirty))
    print("deleted:", list(session.deleted))
    session.flush()
    print("after flush:", [*session.new, *session.dirty, *session.deleted])
