from sqlalchemy import insert
from sqlalchemy.orm import Session
from bulk_setup import Astronaut, engine

rows = [{"name": n, "role": "pilot"} for n in ("Rick Martinez", "Beth Johansen")]
rows.append({"name": "Alex Vogel"})  # other keys: a second INSERT
with Session(engine) as session:
    session.execute(insert(Astronaut), rows)
    print("objects in the session:", len(session.identity_map))
