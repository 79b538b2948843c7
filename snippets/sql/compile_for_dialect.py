from sqlalchemy import select
from sqlalchemy.dialects import mysql, postgresql, sqlite
from sql_setup import Astronaut

stmt = select(Astronaut.name).where(Astronaut.name.ilike("m%")).limit(2)
for dialect in (postgresql.dialect(), mysql.dialect(), sqlite.dialect()):
    print(f"-- {dialect.name} ({dialect.driver})")
    print(stmt.compile(dialect=dialect))
