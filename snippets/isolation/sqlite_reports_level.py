import sqlite3

from sqlalchemy import create_engine

engine = create_engine("sqlite://")
print("SQLite library:", sqlite3.sqlite_version)
with engine.connect() as conn:
    # Asks the database itself (SQLite: PRAGMA read_uncommitted).
    print("conn.get_isolation_level():", conn.get_isolation_level())
    print("dialect.default_isolation_level:", engine.dialect.default_isolation_level)
    dbapi_conn = conn.connection.dbapi_connection
    assert dbapi_conn is not None  # checked out, so it is open
    print("accepted:", engine.dialect.get_isolation_level_values(dbapi_conn))
