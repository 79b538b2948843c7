from sqlalchemy import MetaData, Table, text
from sqlalchemy.ext.automap import automap_base
from schema_setup import engine

with engine.begin() as conn:  # a table that no model in this program declares
    conn.execute(text("CREATE TABLE rover (id INTEGER PRIMARY KEY, name TEXT)"))
metadata = MetaData()
metadata.reflect(engine)  # every table of the database
print(list(metadata.tables), metadata.tables["rover"].c.keys())
rover = Table("rover", MetaData(), autoload_with=engine)  # just this one
print(rover.c.name.type, rover.primary_key.columns.keys())
Auto = automap_base()
Auto.prepare(autoload_with=engine)  # a mapped class per table with a primary key
print(Auto.classes.rover, Auto.classes.rover.name)
