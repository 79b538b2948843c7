from sqlalchemy.orm import Session
from transactions_setup import Astronaut, engine

with Session(engine) as session:
    session.begin()  # allowed: nothing has autobegun a transaction yet
    try:
        session.add(Astronaut(name="Rick Martinez"))
    except Exception:
        session.rollback()
        raise
    else:
        session.commit()
