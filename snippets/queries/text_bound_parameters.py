# raises: ArgumentError
from sqlalchemy import text
from sqlalchemy.orm import Session
from queries_setup import engine

with Session(engine) as session:
    stmt = text("SELECT name FROM astronaut WHERE role = :role")
    print(session.scalars(stmt, {"role": "pilot"}).all())
    session.execute("SELECT 1")  # type: ignore[call-overload]
