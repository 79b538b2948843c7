from sqlalchemy import text
from errors_setup import engine

with engine.connect() as conn:
    print(conn.scalars(text("SELECT name FROM astronaut ORDER BY id")).all())
