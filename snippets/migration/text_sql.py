from sqlalchemy import create_engine, text

engine = create_engine("sqlite://")
with engine.begin() as conn:
    conn.execute(text("CREATE TABLE ship (id INTEGER PRIMARY KEY, name TEXT)"))
    # Bound parameters use :name and a dict (or a list of dicts)
    conn.execute(
        text("INSERT INTO ship (name) VALUES (:name)"),
        [{"name": "Hermes"}, {"name": "MAV"}],
    )
    rows = conn.execute(text("SELECT id, name FROM ship ORDER BY id"))
    for row in rows:
        print(row.id, row.name)
