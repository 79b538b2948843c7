# sqlite only: SQLite locks the whole file; PostgreSQL locks rows
# raises: OperationalError
from sqlalchemy import create_engine, text

engine = create_engine("sqlite:///log.db", connect_args={"timeout": 0.1})
with engine.connect() as one, engine.connect() as two:  # one file
    one.execute(text("CREATE TABLE IF NOT EXISTS log (x)"))
    one.execute(text("INSERT INTO log VALUES (1)"))  # holds the write lock
    two.execute(text("INSERT INTO log VALUES (2)"))  # waits 0.1 s, gives up
