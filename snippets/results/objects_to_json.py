import json

from sqlalchemy import select
from sqlalchemy.orm import Session
from results_setup import Astronaut, engine

columns = Astronaut.__table__.columns  # column names = attribute names here
with Session(engine) as session:
    crew = session.scalars(select(Astronaut).order_by(Astronaut.id)).all()
    data = [{c.name: getattr(a, c.name) for c in columns} for a in crew]
print(json.dumps(data, default=str))
