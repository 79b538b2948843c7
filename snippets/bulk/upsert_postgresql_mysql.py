from sqlalchemy.dialects import mysql, postgresql
from bulk_setup import Astronaut

rows = [{"name": "Mark Watney", "role": "pirate"}]
pg = postgresql.insert(Astronaut).values(rows)
pg = pg.on_conflict_do_update(index_elements=["name"], set_={"role": pg.excluded.role})
print(pg.compile(dialect=postgresql.dialect()))  # compiled, not executed
my = mysql.insert(Astronaut).values(rows)
my = my.on_duplicate_key_update(role=my.inserted.role)  # any unique key
print(my.compile(dialect=mysql.dialect()))  # compiled, not executed
