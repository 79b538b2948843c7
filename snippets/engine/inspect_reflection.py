from sqlalchemy import inspect
from engine_setup import engine

insp = inspect(engine)  # reads the schema back from the database itself
print("tables:", insp.get_table_names())
for col in insp.get_columns("crew"):
    print(f"  {col['name']:4} {col['type']!s:8} nullable={col['nullable']}")
print("pk:", insp.get_pk_constraint("crew")["constrained_columns"])
