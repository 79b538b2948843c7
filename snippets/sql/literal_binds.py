from datetime import datetime
from decimal import Decimal
from uuid import UUID

from sqlalchemy import literal, select
from sqlalchemy.dialects import mysql, postgresql, sqlite
from sql_setup import Astronaut, engine

inline = {"literal_binds": True}  # for reading and logging only: never execute it
stmt = select(Astronaut.id).where(Astronaut.name.in_(["Rick", "Beth"]))
print(stmt.compile(engine, compile_kwargs=inline))
values = (datetime(2035, 11, 7, 12, 30), Decimal("1.50"), UUID(int=1), True)
for dialect in (sqlite.dialect(), postgresql.dialect(), mysql.dialect()):
    shown = [literal(v).compile(dialect=dialect, compile_kwargs=inline) for v in values]
    print(f"-- {dialect.name}:", " | ".join(map(str, shown)))
