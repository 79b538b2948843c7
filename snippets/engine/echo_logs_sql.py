from sqlalchemy import text
from engine_setup import engine

engine.echo = True  # or create_engine(url, echo=True)
with engine.connect() as conn:
    for r in ("botanist", "pilot"):  # the second run: [cached]
        conn.execute(text("SELECT * FROM crew WHERE role = :r"), {"r": r})
