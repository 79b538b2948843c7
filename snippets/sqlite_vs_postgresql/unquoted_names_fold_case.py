from sqlalchemy import text
from sqlite_vs_postgresql_setup import engine

with engine.connect() as conn:
    print(list(conn.execute(text("SELECT 1 AS Total")).keys()))
    print(list(conn.execute(text('SELECT 1 AS "Total"')).keys()))
