from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from bulk_setup import Astronaut, engine

dialect = sqlite if engine.name == "sqlite" else postgresql  # yours
rows = [{"name": "Watney"}, {"name": "Martinez"}]  # Watney exists
stmt = dialect.insert(Astronaut).values(rows)
stmt = stmt.on_conflict_do_nothing().returning(Astronaut.name)
with Session(engine) as session:
    print(session.scalars(stmt).all())  # only the new ones
