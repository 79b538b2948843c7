from sqlalchemy import select
from joins_setup import Astronaut, Mission

print(select(Astronaut.name, Mission.name).join(Astronaut.mission))
