from sqlalchemy import select
from bulk_setup import Astronaut, engine

stmt = select(Astronaut.name).filter_by(id=2).with_for_update()
with engine.begin() as conn:  # locked until this transaction ends
    print(conn.scalar(stmt))  # SQLite leaves FOR UPDATE out
