from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from relationships_setup import Astronaut, Mission, engine

engine.echo = True
some = selectinload(Mission.crew.and_(Astronaut.name < "M"))
stmt = select(Mission).options(some).order_by(Mission.id)
with Session(engine) as session:
    for mission in session.scalars(stmt):
        print(mission.name, mission.crew)
