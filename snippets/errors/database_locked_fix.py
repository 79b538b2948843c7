# sqlite only: SQLite locks the whole file; PostgreSQL locks rows
from sqlalchemy import create_engine, text

engine = create_engine("sqlite:///log.db", connect_args={"timeout": 0.1})
with engine.connect() as one, engine.connect() as two:
    one.execute(text("CREATE TABLE IF NOT EXISTS log (x)"))
    one.execute(text("INSERT INTO log VALUES (1)"))
    one.commit()  # a short write transaction: the commit releases the lock
    print("rows:", two.execute(text("INSERT INTO log VALUES (2)")).rowcount)
