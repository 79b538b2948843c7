from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import QueuePool

# READ UNCOMMITTED only matters when connections share one cache; a named,
# shared-cache in-memory database does that (and needs a real pool).
url = "sqlite:///file:ares?mode=memory&cache=shared&uri=true"
engine = create_engine(url, poolclass=QueuePool)
keeper = engine.connect()  # the database lives while one connection is open
keeper.execute(text("CREATE TABLE crew (name TEXT)"))
keeper.commit()

count = text("SELECT count(*) FROM crew")
for level in ("SERIALIZABLE", "READ UNCOMMITTED"):
    with engine.connect() as writer, engine.connect() as reader:
        reader.execution_options(isolation_level=level)
        writer.execute(text("INSERT INTO crew VALUES ('Rick Martinez')"))
        try:
            print(f"{level}: reader sees", reader.execute(count).scalar())
        except OperationalError as err:
            print(f"{level}: OperationalError: {err.orig}")
        writer.rollback()
keeper.close()
engine.dispose()
