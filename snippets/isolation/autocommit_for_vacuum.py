from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from isolation_setup import engine

with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
    conn.execute(text("VACUUM"))
    print("option:", conn.get_execution_options()["isolation_level"])
    print("get_isolation_level():", conn.get_isolation_level())
with engine.connect() as conn:
    conn.execute(text("INSERT INTO crew VALUES ('Beth Johansen')"))
    try:
        conn.execute(text("VACUUM"))  # the INSERT opened a transaction: refused
    except DBAPIError as err:
        print(f"{type(err).__name__}: {err.orig}")
