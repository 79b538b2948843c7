from sqlalchemy import delete, insert
from sqlite_vs_postgresql_setup import Astronaut, engine

with engine.begin() as conn:
    conn.execute(delete(Astronaut).where(Astronaut.id == 2))  # the highest id
    new = conn.execute(insert(Astronaut).values(name="Rick Martinez"))
    print(new.inserted_primary_key)
