# raises: OperationalError
from sqlalchemy import text
from isolation_setup import engine

with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
    conn.execute(text("VACUUM"))
    print("option:", conn.get_execution_options()["isolation_level"])
    print("get_isolation_level():", conn.get_isolation_level())
with engine.connect() as conn:
    conn.execute(text("INSERT INTO crew VALUES ('Beth Johansen')"))
    conn.execute(text("VACUUM"))  # the INSERT opened a transaction: refused
