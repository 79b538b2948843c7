# raises: ObjectNotExecutableError
from errors_setup import engine

with engine.connect() as conn:
    conn.execute("SELECT * FROM astronaut")  # type: ignore[call-overload]
