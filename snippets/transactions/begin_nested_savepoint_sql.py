from sqlalchemy.orm import Session
from transactions_setup import Astronaut, engine

with Session(engine) as session, session.begin():
    with session.begin_nested():  # SAVEPOINT ... RELEASE SAVEPOINT: kept
        session.add(Astronaut(name="Beth Johansen"))
    savepoint = session.begin_nested()
    session.add(Astronaut(name="Mark Watney"))
    session.flush()
    savepoint.rollback()  # ROLLBACK TO SAVEPOINT: only Watney is undone
