# sqlite only: SQLite's in-memory pool
from sqlalchemy import create_engine
from engine_setup import engine

with engine.connect() as a, engine.connect() as b:
    same = a.connection.dbapi_connection is b.connection.dbapi_connection
print("in memory:", type(engine.pool).__name__, "| one connection:", same)
file = create_engine("sqlite:///ares.db")  # opens nothing until it connects
print("file:     ", type(file.pool).__name__)
