# raises: NoResultFound
from sqlalchemy import select
from errors_setup import Astronaut, Session

with Session() as session:
    session.scalars(select(Astronaut).filter_by(id=42)).one()
