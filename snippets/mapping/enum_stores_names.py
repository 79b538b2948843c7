# targets: sqlite, postgresql
from sqlalchemy import text
from mapping_setup import engine

with engine.connect() as conn:  # raw SQL: what the column really holds
    print(conn.execute(text("SELECT role FROM crew")).scalar())
