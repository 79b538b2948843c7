from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlite_vs_postgresql_setup import engine

try:
    with engine.begin() as conn:  # mission_id is an INTEGER column
        conn.execute(text("UPDATE astronaut SET mission_id = 'Ares IV' WHERE id = 1"))
        print(repr(conn.scalar(text("SELECT mission_id FROM astronaut WHERE id = 1"))))
except DBAPIError as error:
    print(type(error).__name__, str(error).splitlines()[0])
