from sqlalchemy import select
from migration_setup import Astronaut

print(select(Astronaut.id, Astronaut.name))  # columns as arguments, no list
