from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError
from sqlite_vs_postgresql_setup import Astronaut, engine

try:
    with engine.begin() as conn:  # there is no mission 99
        conn.execute(insert(Astronaut).values(name="Rich Purnell", mission_id=99))
    print("inserted")
except IntegrityError as error:
    print(type(error).__name__, str(error).splitlines()[0])
