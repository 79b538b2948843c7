import json

from sqlalchemy import select
from sqlalchemy.orm import Session
from results_setup import Astronaut, engine

cols = Astronaut.name, Astronaut.hired, Astronaut.pay
stmt = select(*cols).order_by(Astronaut.id)
with Session(engine) as session:
    rows = session.execute(stmt).mappings().all()
    print(json.dumps([dict(r) for r in rows], default=str))
