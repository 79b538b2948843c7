from sqlalchemy import create_engine

# Every connection this engine opens starts at this level.
engine = create_engine("sqlite://", isolation_level="READ UNCOMMITTED")
with engine.connect() as conn:
    print("connection:", conn.get_isolation_level())
    print(
        "PRAGMA read_uncommitted:",
        conn.exec_driver_sql("PRAGMA read_uncommitted").scalar(),
    )
# The dialect records the level that new connections start with.
print("dialect.default_isolation_level:", engine.dialect.default_isolation_level)

plain = create_engine("sqlite://")
with plain.connect() as conn:
    print("plain engine:", conn.get_isolation_level())
