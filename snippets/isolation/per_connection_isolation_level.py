from sqlalchemy import create_engine

engine = create_engine("sqlite://")
with engine.connect() as conn:
    print("default:", conn.get_isolation_level())
    # Set it before the transaction begins; it lasts until the connection closes.
    conn.execution_options(isolation_level="READ UNCOMMITTED")
    print("after execution_options():", conn.get_isolation_level())
    print("option:", conn.get_execution_options()["isolation_level"])

# Returning the DBAPI connection to the pool resets its level.
with engine.connect() as conn:
    print("next checkout:", conn.get_isolation_level())
