from sqlalchemy import create_engine
from sqlalchemy.exc import ArgumentError

engine = create_engine("sqlite://")
levels = ["READ UNCOMMITTED", "READ COMMITTED", "REPEATABLE READ", "SERIALIZABLE"]
for level in levels:
    try:
        with engine.connect().execution_options(isolation_level=level) as conn:
            print(f"{level:16} -> accepted, reports {conn.get_isolation_level()}")
    except ArgumentError:
        print(f"{level:16} -> ArgumentError")

# Per engine, the check happens when the first connection is opened.
mysql_habit = create_engine("sqlite://", isolation_level="REPEATABLE READ")
try:
    mysql_habit.connect()
except ArgumentError as err:
    print(f"ArgumentError: {err}")
