from sqlalchemy.schema import CreateTable
from sql_setup import Base, engine

table = Base.metadata.tables["astronaut"]
print(CreateTable(table).compile(engine))  # for the engine's database
