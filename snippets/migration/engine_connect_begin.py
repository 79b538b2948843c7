from sqlalchemy import create_engine, text

engine = create_engine("sqlite://")

# engine.begin(): one transaction, committed when the block ends
with engine.begin() as conn:
    conn.execute(text("CREATE TABLE ship (name TEXT)"))
    conn.execute(text("INSERT INTO ship VALUES ('Hermes')"))

# engine.connect(): commit as you go
with engine.connect() as conn:
    conn.execute(text("INSERT INTO ship VALUES ('MAV')"))
    conn.commit()
    print(conn.execute(text("SELECT name FROM ship ORDER BY name")).scalars().all())
