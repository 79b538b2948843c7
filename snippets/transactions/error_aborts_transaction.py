from sqlalchemy import insert, select
from sqlalchemy.exc import DBAPIError
from transactions_setup import Astronaut, engine

engine.echo = False
with engine.connect() as conn:
    conn.execute(insert(Astronaut), {"name": "Rick Martinez"})
    for name in "Rick Martinez", "Alex Vogel":  # a duplicate, then a new name
        try:
            conn.execute(insert(Astronaut), {"name": name})
        except DBAPIError as err:  # caught, but no rollback()
            print(f"{name}: {type(err.orig).__name__}: {err.orig}")
    conn.commit()  # an aborted PostgreSQL transaction rolls back instead
    print("saved:", conn.scalars(select(Astronaut.name).order_by("name")).all())
