from sqlalchemy import create_engine, text

engine = create_engine("sqlite://")
with engine.begin() as conn:
    conn.execute(text("CREATE TABLE crew (name TEXT)"))

engine.echo = True
# begin once: COMMIT when the block ends, ROLLBACK if it raises.
with engine.begin() as conn:
    conn.execute(text("INSERT INTO crew VALUES ('Melissa Lewis')"))

try:
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO crew VALUES ('Alex Vogel')"))
        raise RuntimeError("abort mission")
except RuntimeError as err:
    print("caught:", err)

engine.echo = False
with engine.connect() as conn:
    print("saved:", conn.execute(text("SELECT name FROM crew")).scalars().all())
