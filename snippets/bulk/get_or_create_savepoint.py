from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from bulk_setup import Astronaut, engine

with Session(engine) as session:
    try:
        with session.begin_nested():  # a failure undoes only the SAVEPOINT
            session.add(Astronaut(name="Mark Watney"))
    except IntegrityError:  # it exists (maybe a racing request made it)
        pass
    print(session.scalars(select(Astronaut).filter_by(name="Mark Watney")).one().id)
