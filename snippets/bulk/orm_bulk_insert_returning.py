from sqlalchemy import insert
from sqlalchemy.orm import Session
from bulk_setup import Astronaut, engine

rows = [{"name": "Vogel"}, {"name": "Beck"}]
stmt = insert(Astronaut).returning(Astronaut, sort_by_parameter_order=True)
with Session(engine) as session:
    new = session.scalars(stmt, rows)
    print([(a.id, a.name, a in session) for a in new])  # in order
