from sqlalchemy import create_engine, text

engine = create_engine("sqlite://")
with engine.begin() as conn:
    conn.execute(text("CREATE TABLE crew (name TEXT, role TEXT)"))
    # A list of dicts runs the statement once per dict (executemany).
    conn.execute(
        text("INSERT INTO crew (name, role) VALUES (:name, :role)"),
        [
            {"name": "Melissa Lewis", "role": "commander"},
            {"name": "Rick Martinez", "role": "pilot"},
            {"name": "Mark Watney", "role": "botanist"},
        ],
    )

engine.echo = True
with engine.connect() as conn:
    # Values travel as bound parameters, never pasted into the SQL string.
    stmt = text("SELECT name FROM crew WHERE role = :role")
    print(conn.execute(stmt, {"role": "pilot"}).scalar_one())
    # Or bind them on the statement itself.
    print(conn.execute(stmt.bindparams(role="botanist")).scalar_one())
