from sqlalchemy import select
from errors_setup import Astronaut, Session

with Session() as session:  # first() of an ordered query
    print(session.scalars(select(Astronaut).order_by(Astronaut.id)).first())
