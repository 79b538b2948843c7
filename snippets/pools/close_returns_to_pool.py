from sqlalchemy import create_engine
from pools_setup import count_pool_events, url

engine = create_engine(url)
counts = count_pool_events(engine)
conn = engine.connect()
print("open:  ", engine.pool.status())
conn.close()  # back to the pool; the DBAPI connection stays open
print("closed:", engine.pool.status())
engine.connect().close()  # the next checkout reuses it
print(dict(counts))
