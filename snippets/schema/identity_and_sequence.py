from sqlalchemy import Identity, Sequence, insert, text
from sqlalchemy.orm import Mapped, mapped_column
from schema_setup import Base, create_table, engine


@create_table  # create() also runs CREATE SEQUENCE where the database has them
class Probe(Base):
    id: Mapped[int] = mapped_column(Identity(start=100), primary_key=True)
    number: Mapped[int | None] = mapped_column(Sequence("probe_number", start=10))


engine.echo = True
with engine.begin() as conn:
    conn.execute(insert(Probe))  # SQLAlchemy's INSERT
    conn.execute(text("INSERT INTO probe DEFAULT VALUES"))  # another writer
    print(conn.execute(text("SELECT id, number FROM probe ORDER BY id")).all())
