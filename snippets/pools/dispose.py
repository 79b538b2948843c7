from sqlalchemy import create_engine
from pools_setup import count_pool_events, url

engine = create_engine(url)
counts = count_pool_events(engine)
with engine.connect(), engine.connect():
    pass
print("before:", engine.pool.status())
engine.dispose()  # closes the checked-in connections, starts a new pool
print("after: ", engine.pool.status())
engine.connect().close()  # a new connection; the listeners carried over
print(dict(counts))
