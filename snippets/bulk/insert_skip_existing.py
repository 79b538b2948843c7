from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from bulk_setup import Astronaut, engine

dialect = postgresql if engine.dialect.name == "postgresql" else sqlite  # pick yours
rows = [{"name": "Mark Watney"}, {"name": "Rick Martinez"}]  # Watney exists
stmt = dialect.insert(Astronaut).values(rows).on_conflict_do_nothing()
with Session(engine) as session:
    print(session.scalars(stmt.returning(Astronaut.name)).all())  # new ones
