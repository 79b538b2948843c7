# raises: MultipleResultsFound
from sqlalchemy import select
from sqlalchemy.orm import Session
from crud_setup import Astronaut, engine

engine.echo = False
by_id = select(Astronaut).order_by(Astronaut.id)
with Session(engine) as session:
    print("all():", session.scalars(by_id.limit(2)).all())
    print("first():", session.scalars(by_id).first())  # no LIMIT added
    print("one():", session.scalars(by_id.where(Astronaut.id == 6)).one())
    missing = by_id.where(Astronaut.id == 99)
    print("one_or_none():", session.scalars(missing).one_or_none())
    session.scalars(by_id).one()  # exactly one row, or it raises
