import os

from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine

metadata = MetaData()
crew = Table(
    "crew",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String),
    Column("role", String),
)
engine = create_engine(os.environ.get("DATABASE_URL", "sqlite://"))
metadata.create_all(engine)
with engine.begin() as conn:
    conn.execute(crew.insert().values(name="Rick Martinez", role="pilot"))
    conn.execute(crew.insert().values(name="Mark Watney", role="botanist"))
