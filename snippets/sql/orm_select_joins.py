from sqlalchemy import select
from sqlalchemy.orm import joinedload
from sql_setup import Astronaut, Mission

stmt = select(Astronaut.name).join(Mission.crew).where(Mission.id == 2)
print(stmt)  # the ON clause comes from the relationship
print(select(Mission).options(joinedload(Mission.crew)))  # eager JOIN too
