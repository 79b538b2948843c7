from sqlalchemy.orm import Session
from mapping_setup import Crew, engine

print("created_at:", Crew.__table__.c.created_at.type.compile(engine.dialect))
with Session(engine) as session:
    session.add(lewis := Crew(name="Melissa Lewis"))
    session.flush()  # RETURNING fetches created_at
    print(type(lewis.created_at).__name__, "tzinfo:", lewis.created_at.tzinfo)
