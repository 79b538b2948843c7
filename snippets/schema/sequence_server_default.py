# targets: postgresql
import sys

from sqlalchemy import Sequence, text
from sqlalchemy.orm import Mapped, mapped_column
from schema_setup import Base, create_table, engine

if engine.dialect.name != "postgresql":
    sys.exit("needs PostgreSQL: set DATABASE_URL=postgresql+psycopg://user@host/db")
seq = Sequence("probe_number", start=10)


@create_table
class Probe(Base):
    number: Mapped[int | None] = mapped_column(seq, server_default=seq.next_value())


with engine.begin() as conn:  # another writer's plain INSERT gets a number too
    conn.execute(text("INSERT INTO probe DEFAULT VALUES"))
    print(conn.execute(text("SELECT id, number FROM probe")).one())
