from sqlalchemy import (
    Column,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    create_engine,
    insert,
    select,
)

# Core only: no classes, just Table objects collected in a MetaData
metadata = MetaData()

ship = Table(
    "ship",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(20), nullable=False, unique=True),
)
astronaut = Table(
    "astronaut",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(50), nullable=False),
    Column("ship_id", ForeignKey("ship.id")),  # type comes from ship.id
)

engine = create_engine("sqlite://")
metadata.create_all(engine)
print("tables:", list(metadata.tables))
print("columns:", astronaut.c.keys())

with engine.begin() as conn:
    conn.execute(insert(ship), [{"id": 1, "name": "Hermes"}])
    conn.execute(
        insert(astronaut),
        [
            {"name": "Rick Martinez", "ship_id": 1},
            {"name": "Beth Johansen", "ship_id": 1},
        ],
    )
    stmt = (
        select(astronaut.c.name, ship.c.name.label("ship"))
        .join(ship)
        .order_by(astronaut.c.name)
    )
    for row in conn.execute(stmt):
        print(row.name, "->", row.ship)
