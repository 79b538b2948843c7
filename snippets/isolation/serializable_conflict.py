# targets: postgresql
import sys

from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from isolation_setup import engine

if engine.dialect.name != "postgresql":
    sys.exit("needs PostgreSQL: set DATABASE_URL=postgresql+psycopg://user@host/db")
serializable = engine.execution_options(isolation_level="SERIALIZABLE")
count, add = text("SELECT count(*) FROM crew"), text("INSERT INTO crew VALUES (:n)")
with serializable.connect() as one, serializable.connect() as two:
    print("both read:", one.scalar(count), two.scalar(count))
    one.execute(add, {"n": "Mark Watney"})  # each writes after the other read
    two.execute(add, {"n": "Rick Martinez"})
    one.commit()
    try:
        two.commit()  # the second commit fails: retry the whole transaction
    except OperationalError as err:  # wraps the driver's SerializationFailure
        print(f"{type(err.orig).__name__}: {err.orig}")
