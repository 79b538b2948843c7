from sqlalchemy import text
from isolation_setup import engine

engine.echo = True
with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
    conn.execute(text("INSERT INTO crew VALUES ('Chris Beck')"))
    conn.rollback()  # too late: the driver committed the insert already
engine.echo = False
with engine.connect() as conn:
    print("saved:", conn.scalars(text("SELECT name FROM crew")).all())
