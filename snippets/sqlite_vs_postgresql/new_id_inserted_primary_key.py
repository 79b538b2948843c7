from sqlalchemy import insert
from sqlite_vs_postgresql_setup import Astronaut, engine

engine.echo = True
with engine.begin() as conn:
    result = conn.execute(insert(Astronaut).values(name="Beth Johanssen"))
    print(result.inserted_primary_key)
    try:
        print(result.lastrowid)
    except AttributeError as error:
        print(type(error).__name__, error)
