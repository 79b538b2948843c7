from sqlalchemy import exc, select
from migration_setup import Astronaut, Ship

stmt = select(Astronaut).join(Ship)
try:
    stmt.filter_by(name="MAV")  # 2.1 does not guess which "name"
except exc.AmbiguousColumnError as err:  # the rest varies: hash order
    print(str(err).split(";")[0])
print(stmt.where(Ship.name == "MAV"))  # where() names the column
