# raises: ObjectNotExecutableError
from sqlalchemy import create_engine

engine = create_engine("sqlite://")
with engine.connect() as conn:
    # 1.x accepted a plain string; 2.x needs text("...")
    conn.execute("SELECT name FROM sqlite_master")  # type: ignore[call-overload]
