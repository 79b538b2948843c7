from sqlalchemy import insert
from sqlalchemy.exc import DBAPIError
from sqlite_vs_postgresql_setup import Astronaut, engine

stmt = insert(Astronaut).values(name="Alexandra Johanssen-Beck")  # String(20)
try:
    with engine.begin() as conn:
        print(conn.scalar(stmt.returning(Astronaut.name)))
except DBAPIError as error:
    print(type(error).__name__, str(error).splitlines()[0])
