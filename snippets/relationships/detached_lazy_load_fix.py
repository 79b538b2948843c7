from sqlalchemy.orm import Session, selectinload
from relationships_setup import Mission, engine

load = [selectinload(Mission.crew)]
with Session(engine, expire_on_commit=False) as session:
    ares3 = session.get_one(Mission, 1, options=load)
    session.commit()  # expires nothing
print(ares3.crew)  # loaded before the session closed
