from sqlalchemy import update
from sqlalchemy.orm import Session
from crud_setup import Astronaut, engine

stmt = (
    update(Astronaut)
    .where(Astronaut.name == "Mark Watney")
    .values(role="space pirate")
    .returning(Astronaut.id, Astronaut.role)
)
with Session(engine) as session:
    print(session.execute(stmt).all())  # the new values, no second SELECT
