from sqlalchemy import select
from sqlite_vs_postgresql_setup import Astronaut, engine

with engine.connect() as conn:
    print(
        conn.scalars(select(Astronaut.name).where(Astronaut.name.like("mark%"))).all()
    )
    print(
        conn.scalars(select(Astronaut.name).where(Astronaut.name.ilike("mark%"))).all()
    )
