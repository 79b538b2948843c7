from sqlalchemy import select, update
from sqlite_vs_postgresql_setup import Astronaut, engine

stmt = select(Astronaut.profile["pet"].as_string()).where(Astronaut.id == 2)
print(stmt.compile(engine))
with engine.begin() as conn:
    conn.execute(update(Astronaut).values(profile={"pet": "potato"}))
    print(conn.scalar(stmt))
