import os

from sqlalchemy import create_engine, text

url = os.environ.get("DATABASE_URL", "sqlite://")
engine = create_engine(url, echo=True, hide_parameters=True)
with engine.connect() as conn:
    conn.execute(text("SELECT :password"), {"password": "hunter2"})
