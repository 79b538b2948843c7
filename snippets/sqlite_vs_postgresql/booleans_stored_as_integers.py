from sqlalchemy import select, text
from sqlite_vs_postgresql_setup import Astronaut, engine

with engine.connect() as conn:
    print(repr(conn.scalar(text("SELECT active FROM astronaut WHERE id = 1"))))
    print(repr(conn.scalar(select(Astronaut.active).where(Astronaut.id == 1))))
