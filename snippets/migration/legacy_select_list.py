# raises: ArgumentError
from sqlalchemy import Column, Integer, MetaData, String, Table, select

metadata = MetaData()
astronaut = Table(
    "astronaut",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(50)),
    Column("role", String(30)),
)

# 1.x took a list of columns; 2.x rejects it when the statement is built
stmt = select([astronaut.c.name, astronaut.c.role])  # type: ignore[call-overload]
