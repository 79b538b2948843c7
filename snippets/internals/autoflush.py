from sqlalchemy import func, select
from sqlalchemy.orm import Session
from internals_setup import Astronaut, engine

with Session(engine) as session:
    session.add(Astronaut(name="Kelly Kapoor"))  # pending, not sent
    print("count:", session.scalar(select(func.count(Astronaut.id))))
