from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from bulk_setup import Astronaut, engine

dialect = postgresql if engine.dialect.name == "postgresql" else sqlite  # pick yours
stmt = dialect.insert(Astronaut).values([{"name": "Mark Watney", "role": "pirate"}])
new = stmt.excluded
stmt = stmt.on_conflict_do_update(index_elements=["name"], set_={"role": new.role})
with Session(engine) as session:
    watney = session.get_one(Astronaut, 2)
    refresh = {"populate_existing": True}  # else loaded objects keep old values
    [upserted] = session.scalars(stmt.returning(Astronaut), execution_options=refresh)
    print(upserted is watney, watney.role)
