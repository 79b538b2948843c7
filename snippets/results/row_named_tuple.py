from sqlalchemy import select
from sqlalchemy.orm import Session
from results_setup import Astronaut, engine

stmt = select(Astronaut.name, Astronaut.hired).where(Astronaut.id == 1)
with Session(engine) as session:
    row = session.execute(stmt).one()
    print(row)  # prints like a tuple
    print(row.name, row[1], row._fields)  # attribute, index, field names
