from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, select

metadata = MetaData()  # no bind=: metadata is not tied to an engine
crew = Table(
    "crew",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String),
)
engine = create_engine("sqlite://")
metadata.create_all(engine)  # the engine is passed where it is needed

with engine.begin() as conn:
    conn.execute(crew.insert(), [{"name": "Chris Beck"}, {"name": "Beth Johansen"}])

with engine.connect() as conn:
    # select() takes columns positionally, no list.
    rows = conn.execute(select(crew.c.id, crew.c.name).order_by(crew.c.id))
    print(rows.all())
