from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from relationships_setup import Mission, engine

engine.echo = True
stmt = select(Mission).options(selectinload(Mission.crew))
with Session(engine) as session:
    for mission in session.scalars(stmt.order_by(Mission.id)):
        print(mission.name, len(mission.crew))  # loaded: no SQL
