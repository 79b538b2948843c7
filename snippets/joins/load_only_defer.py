# raises: InvalidRequestError
from sqlalchemy import select
from sqlalchemy.orm import Session, defer, load_only
from joins_setup import Astronaut, engine

with Session(engine) as session:
    one = select(Astronaut).where(Astronaut.id == 3)
    watney = session.scalars(one.options(load_only(Astronaut.name))).one()
    print(watney.role)  # not loaded: a second SELECT fetches it now
    session.expunge_all()
    no_role = defer(Astronaut.role, raiseload=True)  # raise instead of a SELECT
    session.scalars(one.options(no_role)).one().role
