from sqlalchemy import select
from sqlalchemy.dialects import postgresql
from bulk_setup import Astronaut, engine

stmt = select(Astronaut.name).where(Astronaut.id == 2).with_for_update()
print(stmt.compile(dialect=postgresql.dialect()))  # compiled, not executed
with engine.connect() as conn:
    print(conn.scalar(stmt))  # SQLite: the FOR UPDATE is left out
