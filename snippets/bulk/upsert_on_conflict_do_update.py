# targets: postgresql
import sys

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import Session
from bulk_setup import Astronaut, engine

if engine.dialect.name != "postgresql":
    sys.exit("set DATABASE_URL=postgresql+psycopg://user@host/db")
rows = [{"name": "Watney", "role": "pirate"}]  # exists: UPDATE it
rows.append({"name": "Beck", "role": "pilot"})  # new: INSERT it
stmt = pg_insert(Astronaut).values(rows)
new = {"role": stmt.excluded.role}  # excluded: the refused row
stmt = stmt.on_conflict_do_update(index_elements=["name"], set_=new)
with Session(engine) as session:
    print(session.execute(stmt.returning(Astronaut.id, Astronaut.role)).all())
