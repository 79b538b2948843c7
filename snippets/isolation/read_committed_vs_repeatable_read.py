# targets: postgresql
import sys

from sqlalchemy import text
from isolation_setup import engine

if engine.dialect.name != "postgresql":
    sys.exit("needs PostgreSQL: set DATABASE_URL=postgresql+psycopg://user@host/db")
count = text("SELECT count(*) FROM crew")
for level in "READ COMMITTED", "REPEATABLE READ":
    with engine.connect().execution_options(isolation_level=level) as reader:
        before = reader.scalar(count)  # this began the reader's transaction
        with engine.begin() as writer:  # another connection commits a row
            writer.execute(text("INSERT INTO crew VALUES ('Beth Johansen')"))
        print(f"{level}: {before} before the commit, {reader.scalar(count)} after")
