from sqlalchemy import select
from migration_setup import Ship, engine

with engine.connect() as conn:
    row = conn.execute(select(Ship.id, Ship.name).where(Ship.id == 1)).one()
    print(row._mapping["name"], row.name, row[1])  # key, attribute, index
