from sqlalchemy import select
from sqlalchemy.orm import Session
from results_setup import Astronaut, engine

stmt = select(Astronaut.id, Astronaut.name).order_by(Astronaut.id)
with Session(engine) as session:
    print(session.execute(stmt).mappings().all())
    print(session.execute(stmt.where(Astronaut.id == 2)).mappings().one())
