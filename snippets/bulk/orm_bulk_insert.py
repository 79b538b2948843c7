from sqlalchemy import insert
from sqlalchemy.orm import Session
from bulk_setup import Astronaut, engine

rows = [{"name": "Beck", "role": "pilot"}, {"name": "Vogel"}]
with Session(engine) as session:
    session.execute(insert(Astronaut), rows)  # two INSERTs
    print("objects in the session:", len(session.identity_map))
