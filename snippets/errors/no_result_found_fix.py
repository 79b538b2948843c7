from sqlalchemy import select
from errors_setup import Astronaut, Session

with Session() as session:  # or session.get(Astronaut, 42)
    print(session.scalars(select(Astronaut).filter_by(id=42)).one_or_none())
