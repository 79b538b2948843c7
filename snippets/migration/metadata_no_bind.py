from sqlalchemy import inspect
from migration_setup import Base, engine

Base.metadata.drop_all(engine)  # MetaData holds no engine: pass it in
print(inspect(engine).get_table_names())
