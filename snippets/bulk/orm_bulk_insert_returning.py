from sqlalchemy import insert
from sqlalchemy.orm import Session
from bulk_setup import Astronaut, engine

stmt = insert(Astronaut).returning(Astronaut, sort_by_parameter_order=True)
with Session(engine) as session:
    new = session.scalars(stmt, [{"name": "Rick Martinez"}, {"name": "Alex Vogel"}])
    print([(a.id, a.name, a in session) for a in new])  # in the dicts' order
