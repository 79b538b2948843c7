# raises: InvalidRequestError
from sqlalchemy import select
from sqlalchemy.orm import joinedload
from migration_setup import Astronaut, Session, Ship

with Session() as session:
    stmt = select(Astronaut).order_by(Astronaut.id)
    print("execute:", session.execute(stmt).all())  # Row 1-tuples
    print("scalars:", session.scalars(stmt).all())  # the objects
    session.scalars(select(Ship).options(joinedload(Ship.crew))).all()
