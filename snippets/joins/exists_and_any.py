from sqlalchemy import exists, select
from sqlalchemy.orm import Session
from joins_setup import Astronaut, Mission, engine

no_crew = ~exists().where(Astronaut.mission_id == Mission.id)  # correlated
with Session(engine) as session:
    print(session.scalars(select(Mission.name).where(no_crew)).all())
    sysop = Mission.crew.any(Astronaut.role == "sysop")  # EXISTS for you
    print(session.scalars(select(Mission.name).where(sysop)).all())
