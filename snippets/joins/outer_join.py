from sqlalchemy import select
from sqlalchemy.orm import Session
from joins_setup import Astronaut, Mission, engine

stmt = select(Astronaut.name, Mission.name).outerjoin(Astronaut.mission)
with Session(engine) as session:  # Mindy Park has no mission: kept
    print(session.execute(stmt.where(Astronaut.name == "Mindy Park")).all())
