from sqlalchemy import create_engine
from isolation_setup import engine

with engine.connect() as conn:
    conn.execution_options(isolation_level="READ UNCOMMITTED")
    print("this connection:", conn.get_isolation_level())
with engine.connect() as conn:  # back in the pool: reset to the database's default
    print("next checkout:", conn.get_isolation_level())
dirty = create_engine(engine.url, isolation_level="READ UNCOMMITTED")
with dirty.connect() as conn:
    conn.execution_options(isolation_level="SERIALIZABLE")
with dirty.connect() as conn:  # reset to the engine's level, not the database's
    print("engine at READ UNCOMMITTED, next checkout:", conn.get_isolation_level())
