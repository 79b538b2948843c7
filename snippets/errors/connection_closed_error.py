# raises: ResourceClosedError
from sqlalchemy import text
from errors_setup import engine

with engine.connect() as conn:
    print(conn.scalar(text("SELECT count(*) FROM astronaut")))
conn.execute(text("SELECT name FROM astronaut"))  # after the with block closed it
