from sqlalchemy import insert, select
from sqlite_vs_postgresql_setup import Astronaut, engine

with engine.begin() as conn:
    conn.execute(insert(Astronaut).values(name="Rich Purnell"))  # no mission
    stmt = select(Astronaut.mission_id, Astronaut.name)
    print(conn.execute(stmt.order_by(Astronaut.mission_id, Astronaut.id)).all())
    last = Astronaut.mission_id.nulls_last()
    print(conn.execute(stmt.order_by(last, Astronaut.id)).all())
