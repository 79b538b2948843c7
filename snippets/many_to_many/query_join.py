from sqlalchemy import select
from sqlalchemy.orm import Session
from many_to_many_setup import Astronaut, Mission, engine

stmt = select(Astronaut.name).join(Astronaut.missions).order_by(Astronaut.name)
with Session(engine) as session:  # the join goes through crew, then mission
    print(session.scalars(stmt.where(Mission.name == "Hermes")).all())
