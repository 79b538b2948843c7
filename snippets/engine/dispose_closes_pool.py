import os
import tempfile

from sqlalchemy import create_engine

with tempfile.TemporaryDirectory() as tmp:
    url = os.environ.get("DATABASE_URL", f"sqlite:///{tmp}/ares.db")
    engine = create_engine(url)  # a server or a file: QueuePool
    with engine.connect(), engine.connect():
        pass  # closing a Connection returns it to the pool, still open
    print("closed:  ", engine.pool.status())
    engine.dispose()  # closes them; the engine opens new ones on demand
    print("disposed:", engine.pool.status())
