from sqlalchemy.orm import Session, selectinload
from relationships_setup import Mission, engine

with Session(engine, expire_on_commit=False) as session:
    ares3 = session.get_one(Mission, 1, options=[selectinload(Mission.crew)])
    session.commit()  # expire_on_commit=False: what was loaded stays loaded
print(ares3.crew)  # loaded with the mission, before the session closed
