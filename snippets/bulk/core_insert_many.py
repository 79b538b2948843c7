from sqlalchemy import insert
from bulk_setup import Astronaut, engine

with engine.begin() as conn:
    rows = [{"name": "Rick Martinez"}, {"name": "Beth Johansen"}]
    conn.execute(insert(Astronaut), rows)  # one executemany()
    rows = [{"name": "Alex Vogel"}, {"name": "Chris Beck"}]
    result = conn.execute(insert(Astronaut).returning(Astronaut.id), rows)
    print(result.scalars().all())  # RETURNING: one multi-row INSERT
