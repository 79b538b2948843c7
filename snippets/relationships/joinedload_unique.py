# raises: InvalidRequestError
from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload
from relationships_setup import Mission, engine

joined = joinedload(Mission.crew)
stmt = select(Mission).options(joined).order_by(Mission.id)
with Session(engine) as session:
    engine.echo = True  # a LEFT OUTER JOIN: one row per astronaut
    missions = session.scalars(stmt).unique().all()
    engine.echo = False
    print([(m.name, len(m.crew)) for m in missions])
    session.scalars(stmt).all()  # without unique(): refused
