from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session
from bulk_setup import Astronaut, engine

rows = [{"name": "Mark Watney"}, {"name": "Rick Martinez"}]  # Watney exists
stmt = insert(Astronaut).values(rows).on_conflict_do_nothing()
with Session(engine) as session:
    print(session.scalars(stmt.returning(Astronaut.name)).all())  # new ones
