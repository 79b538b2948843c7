# raises: ResourceClosedError
from sqlalchemy import update
from errors_setup import Astronaut, engine

with engine.begin() as conn:
    stmt = update(Astronaut).where(Astronaut.id == 2).values(name="Mark Watney, PhD")
    result = conn.execute(stmt)
    print(result.rowcount)  # no RETURNING: a row count, no rows
    result.all()
