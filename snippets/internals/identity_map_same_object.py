from sqlalchemy import select
from sqlalchemy.orm import Session
from internals_setup import Astronaut, engine

engine.echo = False
with Session(engine) as session:
    crew = session.scalars(select(Astronaut).order_by(Astronaut.id)).all()
    stmt = select(Astronaut).where(Astronaut.name == "Mark Watney")
    print("same object:", session.scalars(stmt).one() is crew[2])
    print("map keys:", sorted(key[1] for key in session.identity_map.keys()))
