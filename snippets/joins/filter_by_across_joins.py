# sqlalchemy: 2.1
from sqlalchemy import select
from sqlalchemy.exc import AmbiguousColumnError
from joins_setup import Astronaut

stmt = select(Astronaut.name).join(Astronaut.mission)
print(stmt.filter_by(role="pilot"))  # 2.0 looked only in Mission
try:
    stmt.filter_by(name="Ares III")  # both have "name"
except AmbiguousColumnError as err:  # rest: entities, any order
    print(f"{type(err).__name__}: {str(err).split(';')[0]}")
