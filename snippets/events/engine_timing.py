from time import perf_counter

from sqlalchemy import event, text
from events_setup import engine


@event.listens_for(engine, "before_cursor_execute")
def start_timer(conn, cursor, statement, params, context, many):
    conn.info["t0"] = perf_counter()  # conn.info: a dict of your own


@event.listens_for(engine, "after_cursor_execute")
def stop_timer(conn, cursor, statement, params, context, many):
    print(statement, "took < 1 s:", perf_counter() - conn.info["t0"] < 1)


with engine.connect() as conn:
    conn.execute(text("SELECT 'Hermes'"))
