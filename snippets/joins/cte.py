from sqlalchemy import func, select
from sqlalchemy.orm import Session
from joins_setup import Astronaut, Mission, engine

by_mission = select(Astronaut.mission_id, func.count().label("n"))
sizes = by_mission.group_by(Astronaut.mission_id).cte("sizes")
largest = select(func.max(sizes.c.n)).scalar_subquery()  # CTE used again
stmt = select(Mission.name, sizes.c.n).join(sizes).where(sizes.c.n == largest)
with Session(engine) as session:
    print(session.execute(stmt).all())
