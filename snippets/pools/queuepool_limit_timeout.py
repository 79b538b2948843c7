# raises: TimeoutError
from sqlalchemy import create_engine
from pools_setup import url

engine = create_engine(url, pool_size=1, max_overflow=0, pool_timeout=0.1)
held = engine.connect()  # the only connection, never returned
engine.connect()  # waits pool_timeout seconds, then gives up
