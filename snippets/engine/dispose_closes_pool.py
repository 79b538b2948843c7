import tempfile

from sqlalchemy import create_engine, text

with tempfile.TemporaryDirectory() as tmp:
    engine = create_engine(f"sqlite:///{tmp}/ares.db")  # a file: QueuePool
    with engine.connect() as a, engine.connect() as b:
        a.execute(text("SELECT 1"))
        b.execute(text("SELECT 1"))
        print("in use:      ", engine.pool.status())
    # Closing a Connection returns it to the pool; the DBAPI connection stays open.
    print("closed:      ", engine.pool.status())
    # dispose() closes the pooled connections and starts a new, empty pool.
    engine.dispose()
    print("disposed:    ", engine.pool.status())
    # The engine stays usable: it opens fresh connections on demand.
    with engine.connect() as conn:
        print("reconnected: ", conn.execute(text("SELECT 'Hermes'")).scalar())
    engine.dispose()  # before the temporary directory is removed
