# sqlite only: SQLite's shared cache
# raises: OperationalError
from sqlalchemy import create_engine, text
from sqlalchemy.pool import QueuePool

# Connections sharing a cache: a named in-memory database, a real pool.
url = "sqlite:///file:ares?mode=memory&cache=shared&uri=true"
engine = create_engine(url, poolclass=QueuePool)
with engine.begin() as conn:
    conn.execute(text("CREATE TABLE crew (name TEXT)"))
count = text("SELECT count(*) FROM crew")
writer = engine.connect()
writer.execute(text("INSERT INTO crew VALUES ('Rick Martinez')"))
dirty = engine.connect().execution_options(isolation_level="READ UNCOMMITTED")
print("READ UNCOMMITTED reader sees:", dirty.scalar(count))
engine.connect().scalar(count)  # a SERIALIZABLE reader: the table is locked
