# raises: InvalidRequestError
from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload
from relationships_setup import Mission, engine

stmt = select(Mission).options(joinedload(Mission.crew)).order_by(Mission.id)
with Session(engine) as session:
    engine.echo = True  # a LEFT OUTER JOIN: one row per astronaut
    missions = session.scalars(stmt).unique().all()  # one per mission
    engine.echo = False
    print([(mission.name, len(mission.crew)) for mission in missions])
    session.scalars(stmt).all()  # without unique(): refused
