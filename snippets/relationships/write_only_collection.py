from sqlalchemy.orm import Session
from relationships_setup import Astronaut, Mission, Spacewalk, engine

with Session(engine) as session:
    ares3 = session.get_one(Mission, 1)
    watney, lewis = (session.get_one(Astronaut, i) for i in (3, 1))
    ares3.walks.add(Spacewalk(lead=watney, backup=lewis))  # no SQL
    walks = session.scalars(ares3.walks.select())  # flushes first
    print([(walk.lead, walk.backup) for walk in walks])
