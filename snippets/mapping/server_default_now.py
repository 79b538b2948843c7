from sqlalchemy.orm import Session
from mapping_setup import Crew, engine

with Session(engine) as session:
    session.add(lewis := Crew(name="Melissa Lewis"))
    session.flush()  # RETURNING fetches created_at
    print(lewis.created_at is not None)
