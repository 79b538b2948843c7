# raises: InvalidRequestError
from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload
from joins_setup import Mission, engine

engine.echo = False
stmt = select(Mission).options(joinedload(Mission.crew)).order_by(Mission.id)
with Session(engine) as session:
    print([(m.name, len(m.crew)) for m in session.scalars(stmt).unique()])
    session.scalars(stmt).all()  # no unique(): Ares III comes back 3 times
