from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, PendingRollbackError
from sqlalchemy.orm import Session
from transactions_setup import Astronaut, engine

engine.echo = False
with Session(engine) as session:
    session.add(Astronaut(name="Rick Martinez"))
    session.flush()  # a good row, sent before the failure
    session.add(Astronaut(name="Rick Martinez"))  # duplicate, no SAVEPOINT
    for step in session.flush, session.commit:  # commit() is refused too
        try:
            step()
        except (IntegrityError, PendingRollbackError) as err:
            print(f"{step.__name__}():", type(err).__name__)
    session.rollback()  # required; it discards the good row too
    print("after rollback:", session.scalars(select(Astronaut.name)).all())
