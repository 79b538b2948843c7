from sqlalchemy import NullPool, create_engine
from pools_setup import count_pool_events, url

engine = create_engine(url, poolclass=NullPool)
counts = count_pool_events(engine)
for _ in range(3):
    engine.connect().close()  # opens a DBAPI connection, then closes it
print(engine.pool.status(), dict(counts))
