from sqlalchemy import func, select
from sqlalchemy.orm import Session
from joins_setup import Astronaut, Mission, engine

crew = select(func.count()).where(Astronaut.mission_id == Mission.id)
stmt = select(Mission.name, crew.scalar_subquery()).order_by(Mission.id)
with Session(engine) as session:
    print(session.execute(stmt).all())
