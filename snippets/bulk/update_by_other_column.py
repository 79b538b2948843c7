from sqlalchemy import bindparam, update
from sqlalchemy.orm import Session
from bulk_setup import Astronaut, engine

stmt = update(Astronaut).where(Astronaut.name == bindparam("who"))
rows = [{"who": "Watney", "role": "botanist"}]
rows.append({"who": "Lewis", "role": "commander"})
with Session(engine) as session:
    session.connection().execute(stmt, rows)  # Core: no PK needed
