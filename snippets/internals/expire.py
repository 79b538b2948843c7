from sqlalchemy import inspect
from sqlalchemy.orm import Session
from internals_setup import Astronaut, engine

with Session(engine) as session:
    watney = session.get_one(Astronaut, 3)
    session.expire(watney)  # no SQL
    print("expired:", sorted(inspect(watney).expired_attributes))
    print("role:", watney.role)  # the next access runs a SELECT
