from sqlalchemy import select
from sqlite_vs_postgresql_setup import Astronaut, engine

stmt = select(Astronaut.name).where(Astronaut.id == 2).with_for_update()
print(stmt.compile(engine))
