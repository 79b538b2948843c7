import time

from sqlalchemy import create_engine
from pools_setup import count_pool_events, url

engine = create_engine(url, pool_recycle=1)  # e.g. 3600
counts = count_pool_events(engine)
engine.connect().close()
time.sleep(1.1)  # the pooled connection is now older than pool_recycle
engine.connect().close()  # so this checkout closes it and opens a new one
print(dict(counts))
