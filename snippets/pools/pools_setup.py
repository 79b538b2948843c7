import os
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import Engine, event

# PostgreSQL from DATABASE_URL, else a file: either gets a QueuePool
url = os.environ.get("DATABASE_URL", "sqlite:///pool.db")


def count_pool_events(engine: Engine) -> Counter[str]:
    """Count "connect" (a new DBAPI connection) and "checkout" events."""
    counts: Counter[str] = Counter()
    event.listen(engine, "connect", lambda *_: counts.update(["connect"]))
    event.listen(engine, "checkout", lambda *_: counts.update(["checkout"]))
    return counts


def in_thread(fn: Callable[[], object]) -> object:
    """Call fn in another thread and wait for its result."""
    with ThreadPoolExecutor(max_workers=1) as executor:
        return executor.submit(fn).result()
