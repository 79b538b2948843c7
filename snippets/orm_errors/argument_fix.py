from sqlalchemy import select
from orm_errors_setup import Astronaut

print(select(Astronaut.id, Astronaut.name))  # each column its own argument
