import sqlite3

from isolation_setup import engine

with engine.connect() as conn:
    # Asks the database itself (SQLite: PRAGMA read_uncommitted).
    print(f"SQLite {sqlite3.sqlite_version}:", conn.get_isolation_level())
    print(conn.dialect.get_isolation_level_values(conn.connection))
