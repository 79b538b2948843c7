from sqlalchemy import create_engine, text

engine = create_engine("sqlite://")
with engine.begin() as conn:
    conn.execute(text("CREATE TABLE crew (name TEXT, role TEXT)"))

# Turn echo on after the setup so only the statements below are logged.
engine.echo = True
with engine.connect() as conn:
    for role in ("botanist", "pilot"):
        conn.execute(text("SELECT name FROM crew WHERE role = :r"), {"r": role})
