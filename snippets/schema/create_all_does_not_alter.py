from sqlalchemy import inspect, text
from sqlalchemy.orm import Mapped
from schema_setup import Base, engine

with engine.begin() as conn:  # the table as an earlier release created it
    conn.execute(text("CREATE TABLE rover (id INTEGER PRIMARY KEY)"))


class Rover(Base):  # today's model has a new column
    name: Mapped[str | None]


Base.metadata.create_all(engine)  # rover exists: skipped, not altered
print([column["name"] for column in inspect(engine).get_columns("rover")])
