from sqlalchemy.orm import Session
from internals_setup import Astronaut, engine

with Session(engine) as session:
    watney = session.get_one(Astronaut, 3)
    watney.role = "space pirate"  # not flushed yet
    session.expunge(watney)  # no SQL
    print("in the session:", watney in session)
    session.commit()  # nothing to flush, so no UPDATE
