from sqlalchemy import inspect
from sqlalchemy.orm import Session
from results_setup import Astronaut, engine

with Session(engine) as session:
    lewis = session.get_one(Astronaut, 1)
    attrs = inspect(lewis).mapper.column_attrs  # keys: attribute names
    print({attr.key: getattr(lewis, attr.key) for attr in attrs})
