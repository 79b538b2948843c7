from sqlalchemy import delete
from sqlalchemy.orm import Session
from crud_setup import Astronaut, engine

with Session(engine) as session:
    result = session.execute(delete(Astronaut).where(Astronaut.role != "botanist"))
    print("rows deleted:", result.rowcount)  # type: ignore[attr-defined]
    session.commit()
