from sqlalchemy import create_engine

# Every connection this engine opens starts at this level.
engine = create_engine("sqlite://", isolation_level="READ UNCOMMITTED")
with engine.connect() as conn:
    pragma = conn.exec_driver_sql("PRAGMA read_uncommitted").scalar()
    print(conn.get_isolation_level(), "| PRAGMA read_uncommitted =", pragma)
