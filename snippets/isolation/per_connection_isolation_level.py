# targets: sqlite, postgresql
from isolation_setup import engine

with engine.connect() as conn:
    conn.execution_options(isolation_level="READ UNCOMMITTED")
    print("this connection:", conn.get_isolation_level())
with engine.connect() as conn:  # back in the pool, the level was reset
    print("next checkout:", conn.get_isolation_level())
