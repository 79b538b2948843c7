from sqlalchemy import insert
from bulk_setup import Astronaut, engine

with engine.begin() as conn:
    rows = [{"name": "Martinez"}, {"name": "Johansen"}]
    conn.execute(insert(Astronaut), rows)  # one executemany()
    rows = [{"name": "Vogel"}, {"name": "Beck"}]
    stmt = insert(Astronaut).returning(Astronaut.id)  # one INSERT
    print(conn.scalars(stmt, rows).all())
