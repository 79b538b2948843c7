# raises: RuntimeError
from sqlalchemy import text
from engine_setup import engine

engine.echo = True
with engine.begin() as conn:  # COMMIT when the block ends
    conn.execute(text("INSERT INTO crew (name) VALUES ('Alex Vogel')"))
with engine.begin() as conn:  # ROLLBACK if the block raises
    conn.execute(text("INSERT INTO crew (name) VALUES ('Chris Beck')"))
    raise RuntimeError("abort mission")
