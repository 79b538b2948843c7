from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from transactions_setup import Astronaut, engine

engine.echo = False
with Session(engine) as session, session.begin():  # commits what is kept
    for name in ["Rick Martinez", "Rick Martinez", "Alex Vogel"]:
        try:
            with session.begin_nested():  # one SAVEPOINT per row
                session.add(Astronaut(name=name))
        except IntegrityError as err:  # only this row is rolled back
            print(f"skipped {name!r}: {err.orig}")
    print("kept:", sorted(session.scalars(select(Astronaut.name))))
