from sqlalchemy.dialects import mysql
from bulk_setup import Astronaut

stmt = mysql.insert(Astronaut).values([{"name": "Mark Watney", "role": "pirate"}])
stmt = stmt.on_duplicate_key_update(role=stmt.inserted.role)  # any unique key
print("MySQL (compiled, not executed):")
print(stmt.compile(dialect=mysql.dialect()))
