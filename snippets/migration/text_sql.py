from sqlalchemy import text
from migration_setup import engine

with engine.connect() as conn:  # :n is a bound parameter, not pasted in
    print(conn.scalar(text("SELECT name FROM ship WHERE id = :n"), {"n": 2}))
