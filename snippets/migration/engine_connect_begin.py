from sqlalchemy import text
from migration_setup import engine

with engine.begin() as conn:  # commits at the end; connect() needs commit()
    print(conn.scalars(text("SELECT name FROM ship ORDER BY id")).all())
