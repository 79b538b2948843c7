from sqlalchemy import select
from sqlalchemy.orm import Session
from results_setup import Astronaut, engine

stmt = select(Astronaut).order_by(Astronaut.id)
with Session(engine) as session:
    print(session.scalars(stmt).all())  # the objects
    print(session.execute(stmt).mappings().all())  # keyed by class name
