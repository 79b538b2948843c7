from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session
from queries_setup import Astronaut, engine

no_mission = Astronaut.mission_id.is_(None)  # or == None (lint flags it)
either = or_(Astronaut.role.in_(["pilot", "sysop"]), no_mission)
stmt = select(Astronaut.name).where(and_(either, Astronaut.name.like("%i%")))
with Session(engine) as session:
    print(session.scalars(stmt.order_by(Astronaut.name)).all())
