# raises: IntegrityError
import os

from sqlalchemy import create_engine, event

engine = create_engine(os.environ.get("DATABASE_URL", "sqlite://"))
if engine.dialect.name == "sqlite":  # PostgreSQL always enforces them

    @event.listens_for(engine, "connect")  # runs for each new DBAPI connection
    def enable_foreign_keys(dbapi_conn, connection_record):
        dbapi_conn.execute("PRAGMA foreign_keys=ON")


with engine.begin() as conn:
    conn.exec_driver_sql("CREATE TABLE mission (id INTEGER PRIMARY KEY)")
    conn.exec_driver_sql("CREATE TABLE crew (mission_id INTEGER REFERENCES mission)")
    conn.exec_driver_sql("INSERT INTO crew VALUES (99)")  # no mission 99
