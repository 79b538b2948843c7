# sqlite only: SQLite's level names
# raises: ArgumentError
from sqlalchemy import create_engine

# create_engine() takes any name; the first connection checks it.
mysql_habit = create_engine("sqlite://", isolation_level="REPEATABLE READ")
mysql_habit.connect()
