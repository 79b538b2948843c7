import time
from typing import Any

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Connection

engine = create_engine("sqlite://")
timings: list[float] = []


@event.listens_for(engine, "before_cursor_execute")
def start_timer(
    conn: Connection, cursor: Any, statement: str, params: Any, context: Any, many: bool
) -> None:
    # conn.info is a per-connection dict, free for your own bookkeeping.
    conn.info.setdefault("started", []).append(time.perf_counter())


@event.listens_for(engine, "after_cursor_execute")
def stop_timer(
    conn: Connection, cursor: Any, statement: str, params: Any, context: Any, many: bool
) -> None:
    timings.append(time.perf_counter() - conn.info["started"].pop())
    # Print only that it was measured: the number changes on every run.
    print("measured:", statement)


with engine.connect() as conn:
    conn.execute(text("SELECT 'Hermes'"))
    conn.execute(text("SELECT 'MAV'"))
print("timings collected:", len(timings))
