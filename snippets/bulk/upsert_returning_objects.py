from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from bulk_setup import Astronaut, engine

dialect = sqlite if engine.name == "sqlite" else postgresql  # yours
new = dialect.insert(Astronaut).values(name="Watney", role="pirate")
stmt = new.on_conflict_do_update(
    index_elements=["name"], set_={"role": new.excluded.role}
).returning(Astronaut)
with Session(engine) as session:
    watney = session.get_one(Astronaut, 2)
    refresh = {"populate_existing": True}  # else: old values
    [upserted] = session.scalars(stmt, execution_options=refresh)
    print(upserted is watney, watney.role)
