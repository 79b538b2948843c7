from contextlib import ExitStack

from sqlalchemy import create_engine
from pools_setup import url

engine = create_engine(url, pool_size=2, max_overflow=1)
with ExitStack() as stack:
    for _ in range(3):  # pool_size + max_overflow connections at once
        stack.enter_context(engine.connect())
    print("3 in use:", engine.pool.status())
print("returned:", engine.pool.status())  # the overflow one was closed
