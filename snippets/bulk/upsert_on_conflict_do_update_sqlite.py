# sqlite only: SQLite's own insert() construct
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session
from bulk_setup import Astronaut, engine

rows = [{"name": "Mark Watney", "role": "pirate"}]  # exists: UPDATE it
rows.append({"name": "Rick Martinez", "role": "pilot"})  # new: INSERT it
stmt = sqlite_insert(Astronaut).values(rows)
stmt = stmt.on_conflict_do_update(
    index_elements=[Astronaut.name], set_={"role": stmt.excluded.role}
)
with Session(engine) as session:
    print(session.execute(stmt.returning(Astronaut.id, Astronaut.role)).all())
