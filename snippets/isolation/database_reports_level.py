from isolation_setup import engine

with engine.connect() as conn:
    # Asks the database itself (SQLite: PRAGMA read_uncommitted).
    print(f"{conn.dialect.name}:", conn.get_isolation_level())
    levels = conn.dialect.get_isolation_level_values(conn.connection)
    print("accepts:", ", ".join(levels))
