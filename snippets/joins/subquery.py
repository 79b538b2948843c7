from sqlalchemy import select
from sqlalchemy.orm import Session, aliased
from joins_setup import Astronaut, engine

flown = select(Astronaut).where(Astronaut.mission_id.is_not(None)).subquery()
flyer = aliased(Astronaut, flown)  # the subquery's rows, as objects
with Session(engine) as session:  # flown.c: the subquery's columns
    print(session.scalars(select(flyer).where(flown.c.role == "pilot")).all())
