from sqlalchemy import select
from sqlalchemy.orm import Session
from joins_setup import Astronaut, Mission, engine

stmt = select(Mission, Astronaut).join(Mission.crew).order_by(Astronaut.id)
with Session(engine) as session:  # execute(), not scalars(): whole rows
    rows = session.execute(stmt.limit(2)).all()
    for mission, astronaut in rows:  # each Row unpacks like a tuple
        print(mission.name, astronaut)
    print("one Mission object:", rows[0].Mission is rows[1].Mission)
