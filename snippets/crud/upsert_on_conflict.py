from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from crud_setup import Astronaut, engine

dialect = postgresql if engine.dialect.name == "postgresql" else sqlite  # pick yours
stmt = dialect.insert(Astronaut).values(name="Mark Watney", role="space pirate")
stmt = stmt.on_conflict_do_update(  # the unique name clashes: UPDATE it instead
    index_elements=[Astronaut.name], set_={"role": stmt.excluded.role}
)
with Session(engine) as session:
    session.execute(stmt)
    print(session.get(Astronaut, 6))
