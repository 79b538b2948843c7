# targets: sqlite, postgresql
from sqlalchemy.dialects import postgresql
from sqlalchemy.schema import CreateTable
from sql_setup import Base

table = Base.metadata.tables["astronaut"]
print(CreateTable(table).compile(dialect=postgresql.dialect()))
