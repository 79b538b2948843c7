from sqlalchemy import select
from sqlalchemy.orm import Session
from results_setup import Astronaut, engine

stmt = select(Astronaut.name, Astronaut.pay).where(Astronaut.id == 1)
with Session(engine) as session:
    row = session.execute(stmt).one()
    print(row._mapping["name"])  # by name
    print(row._mapping[Astronaut.pay])  # by the column itself
