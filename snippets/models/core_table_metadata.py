from sqlalchemy import Column, MetaData, String, Table
from models_setup import engine

metadata = MetaData()  # Core only: Table objects, no classes
ship = Table("ship", metadata, Column("name", String, primary_key=True))
metadata.create_all(engine)
with engine.begin() as conn:
    conn.execute(ship.insert(), [{"name": "Hermes"}, {"name": "MAV"}])
    print(conn.execute(ship.select().order_by(ship.c.name)).all())
