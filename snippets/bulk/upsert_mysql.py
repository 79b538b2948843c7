from sqlalchemy.dialects import mysql
from bulk_setup import Astronaut

stmt = mysql.insert(Astronaut).values(name="Watney", role="pirate")
stmt = stmt.on_duplicate_key_update(role=stmt.inserted.role)
print(stmt.compile(dialect=mysql.dialect()))  # compiled, not run
