from sqlalchemy import DateTime, text
from sqlite_vs_postgresql_setup import engine

stmt = text("SELECT CURRENT_TIMESTAMP AS now")
with engine.connect() as conn:
    print(type(conn.scalar(stmt)).__name__)
    print(type(conn.scalar(stmt.columns(now=DateTime))).__name__)
