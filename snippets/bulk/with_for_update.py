from sqlalchemy import select
from bulk_setup import Astronaut, engine

stmt = select(Astronaut.name).where(Astronaut.id == 2).with_for_update()
with engine.begin() as conn:  # the lock lasts until this transaction ends
    print(conn.scalar(stmt))  # SQLite has no row locks: it leaves FOR UPDATE out
