from sqlalchemy import select
from migration_setup import Astronaut, Session

with Session() as session:
    print(session.scalars(select(Astronaut).where(Astronaut.id > 1)).all())
