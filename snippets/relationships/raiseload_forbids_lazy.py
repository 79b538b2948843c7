# raises: InvalidRequestError
from sqlalchemy.orm import Session, raiseload
from relationships_setup import Mission, engine

strict = [raiseload(Mission.crew)]
with Session(engine) as session:
    ares3 = session.get_one(Mission, 1, options=strict)
    print(ares3.name)  # columns load as usual
    ares3.crew  # would lazy load: raises instead
