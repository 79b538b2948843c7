from sqlalchemy import text
from engine_setup import engine

engine.echo = True
with engine.connect() as conn:
    conn.execute(text("INSERT INTO crew (name) VALUES ('Chris Beck')"))
    conn.commit()  # commit as you go: nothing is kept without it
    conn.execute(text("INSERT INTO crew (name) VALUES ('Beth Johansen')"))
    # no commit: closing the connection rolls this insert back
