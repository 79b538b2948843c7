import os

from sqlalchemy import create_engine, text

# sqlite:// is in memory: one shared connection
engine = create_engine(os.environ.get("DATABASE_URL", "sqlite://"))
with engine.begin() as conn:
    conn.execute(text("CREATE TABLE crew (name TEXT)"))
