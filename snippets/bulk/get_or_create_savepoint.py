from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from bulk_setup import Astronaut, engine

watney = select(Astronaut.id).filter_by(name="Watney")
with Session(engine) as session:
    try:
        with session.begin_nested():  # on error: back to SAVEPOINT
            session.add(Astronaut(name="Watney"))
    except IntegrityError:  # it exists (a racing request?)
        pass
    print(session.scalars(watney).one())
