from sqlalchemy import select
from sqlalchemy.orm import Session
from crud_setup import Astronaut, engine

stmt = (
    select(Astronaut)
    .where(Astronaut.role != "commander", Astronaut.name.like("%e%"))  # AND-ed
    .order_by(Astronaut.name.desc())
    .limit(3)
)
with Session(engine) as session:
    for astronaut in session.scalars(stmt):
        print(astronaut)
