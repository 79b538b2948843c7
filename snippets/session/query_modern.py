from sqlalchemy import select
from sqlalchemy.orm import Session
from session_setup import Astronaut, engine

with Session(engine) as session:
    print(session.scalars(select(Astronaut).order_by(Astronaut.id)).all())
    print(session.get(Astronaut, 2))
