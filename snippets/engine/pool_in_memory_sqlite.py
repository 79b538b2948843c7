import tempfile

from sqlalchemy import create_engine, text

# In-memory SQLite: one connection per thread, handed out on every checkout
# (the database lives inside that connection).
memory = create_engine("sqlite://")
print("sqlite://        ->", type(memory.pool).__name__)
with memory.connect() as first, memory.connect() as second:
    same = first.connection.dbapi_connection is second.connection.dbapi_connection
    print("two checkouts, same DBAPI connection:", same)
    first.execute(text("CREATE TEMP TABLE scratch (x INTEGER)"))
    # A TEMP table is private to its connection, yet the second one sees it.
    tables = text("SELECT name FROM sqlite_temp_master")
    print("second sees:", second.execute(tables).scalars().all())

# A file database gets a real pool of separate connections.
with tempfile.TemporaryDirectory() as tmp:
    file = create_engine(f"sqlite:///{tmp}/ares.db")
    print("sqlite:///file   ->", type(file.pool).__name__)
    with file.connect() as first, file.connect() as second:
        same = first.connection.dbapi_connection is second.connection.dbapi_connection
        print("two checkouts, same DBAPI connection:", same)
    file.dispose()
