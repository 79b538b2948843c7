from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine

# MetaData knows no engine; pass the engine to each operation instead
metadata = MetaData()
ship = Table(
    "ship",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(20)),
)

engine = create_engine("sqlite://")
metadata.create_all(engine)

with engine.begin() as conn:
    conn.execute(ship.insert().values(name="Hermes"))
    print(conn.execute(ship.select()).all())
