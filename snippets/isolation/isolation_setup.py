from sqlalchemy import create_engine, text

engine = create_engine("sqlite://")  # in memory: one shared connection
with engine.begin() as conn:
    conn.execute(text("CREATE TABLE crew (name TEXT)"))
