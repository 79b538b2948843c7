from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, select

metadata = MetaData()
astronaut = Table(
    "astronaut",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(50)),
    Column("role", String(30)),
)

engine = create_engine("sqlite://")
metadata.create_all(engine)
with engine.begin() as conn:
    conn.execute(
        astronaut.insert(),
        [
            {"name": "Melissa Lewis", "role": "commander"},
            {"name": "Chris Beck", "role": "flight surgeon"},
        ],
    )
    # Columns are positional arguments: select(a, b), no list
    stmt = select(astronaut.c.name, astronaut.c.role).order_by(astronaut.c.name)
    print(stmt)
    print(conn.execute(stmt).all())
