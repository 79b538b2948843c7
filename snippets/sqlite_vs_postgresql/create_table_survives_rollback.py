from sqlalchemy import inspect
from sqlite_vs_postgresql_setup import engine

with engine.connect() as conn:
    conn.exec_driver_sql("CREATE TABLE log (line VARCHAR)")
    conn.rollback()
print(inspect(engine).has_table("log"))
