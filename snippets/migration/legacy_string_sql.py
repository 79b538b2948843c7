# raises: ObjectNotExecutableError
from migration_setup import engine

with engine.connect() as conn:
    conn.execute("SELECT name FROM ship")  # type: ignore[call-overload]
