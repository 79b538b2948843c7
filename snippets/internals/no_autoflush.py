from sqlalchemy import func, select
from sqlalchemy.orm import Session
from internals_setup import Astronaut, engine

count = select(func.count(Astronaut.id))
with Session(engine) as session:
    session.add(Astronaut(name="Kelly Kapoor"))
    with session.no_autoflush:
        print("inside no_autoflush:", session.scalar(count))  # no INSERT
    print("after the block:", session.scalar(count))  # autoflush is back
