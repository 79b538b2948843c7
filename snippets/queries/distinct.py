from sqlalchemy import func, select
from sqlalchemy.orm import Session
from queries_setup import Astronaut, Mission, engine

flown = select(Mission.name).join(Mission.crew)  # Ares III: once per member
with Session(engine) as session:
    print(session.scalars(flown.distinct().order_by(Mission.name)).all())
    print(session.scalar(select(func.count(Astronaut.mission_id.distinct()))))
