# raises: AttributeError
from sqlalchemy import select
from sqlalchemy.orm import Session
from crud_setup import Astronaut, engine

engine.echo = False
stmt = select(Astronaut).where(Astronaut.id <= 2).order_by(Astronaut.id)
with Session(engine) as session:
    print("execute():", session.execute(stmt).all())  # Row 1-tuples
    print("scalars():", session.scalars(stmt).all())  # the objects
    session.execute(stmt).all()[0].name
