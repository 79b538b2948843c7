from sqlalchemy import create_engine, text

engine = create_engine("sqlite://")
with engine.begin() as conn:
    conn.execute(text("CREATE TABLE crew (name TEXT)"))

engine.echo = True
with engine.connect() as conn:
    conn.execute(text("INSERT INTO crew VALUES ('Alex Vogel')"))
    conn.rollback()  # undone: the insert ran inside a transaction

with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
    conn.execute(text("INSERT INTO crew VALUES ('Chris Beck')"))
    conn.rollback()  # too late: the driver committed the insert already

engine.echo = False
with engine.connect() as conn:
    print("saved:", conn.execute(text("SELECT name FROM crew")).scalars().all())
