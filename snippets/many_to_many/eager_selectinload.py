from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from many_to_many_setup import Mission, engine

stmt = select(Mission).options(selectinload(Mission.crew)).order_by(Mission.id)
with Session(engine) as session:  # crews already loaded: no lazy load below
    print({m.name: [a.name for a in m.crew] for m in session.scalars(stmt)})
