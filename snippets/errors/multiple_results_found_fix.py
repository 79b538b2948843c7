from sqlalchemy import select
from errors_setup import Astronaut, Session

with Session() as session:  # first narrow the WHERE until one row can match
    stmt = select(Astronaut).where(Astronaut.name == "Mark Watney")
    print(session.scalars(stmt).one())
    # only when any row will do: first() of an ordered query
    print(session.scalars(select(Astronaut).order_by(Astronaut.id)).first())
