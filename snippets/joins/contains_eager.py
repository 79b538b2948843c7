from sqlalchemy import select
from sqlalchemy.orm import Session, contains_eager
from joins_setup import Astronaut, Mission, engine

stmt = (
    select(Mission)
    .join(Mission.crew)  # your own JOIN, here with a filter on the crew
    .where(Astronaut.role != "pilot")
    .options(contains_eager(Mission.crew))  # fill .crew from its columns
    .order_by(Mission.id, Astronaut.id)
)
with Session(engine) as session:
    for mission in session.scalars(stmt).unique():
        print(mission.name, mission.crew)  # no further SELECT; pilots left out
