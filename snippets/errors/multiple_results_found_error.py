# raises: MultipleResultsFound
from sqlalchemy import select
from errors_setup import Astronaut, Session

with Session() as session:
    session.scalars(select(Astronaut)).one()
