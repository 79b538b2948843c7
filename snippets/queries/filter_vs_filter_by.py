from sqlalchemy import select
from queries_setup import Astronaut

stmt = select(Astronaut.name)
print(stmt.filter(Astronaut.role == "pilot", Astronaut.id > 1))  # any expression
print(stmt.filter_by(role="pilot", id=2))  # name=value only, joined with AND
same = stmt.filter(Astronaut.id > 1).compare(stmt.where(Astronaut.id > 1))
print("filter() is where():", same)
