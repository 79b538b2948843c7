from sqlalchemy import select
from queries_setup import Astronaut, Mission

print(select(Astronaut.name, Mission.name).join(Astronaut.mission))
