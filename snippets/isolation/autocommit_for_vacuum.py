from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

engine = create_engine("sqlite://")
with engine.connect() as conn:
    conn.execute(text("CREATE TABLE crew (name TEXT)"))
    conn.execute(text("INSERT INTO crew VALUES ('Beth Johansen')"))
    try:
        conn.execute(text("VACUUM"))  # a transaction is open after the INSERT
    except OperationalError as err:
        print(f"OperationalError: {err.orig}")
    conn.commit()

# Statements that refuse to run inside a transaction need AUTOCOMMIT.
with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
    conn.execute(text("VACUUM"))
    print("VACUUM ran; get_isolation_level():", conn.get_isolation_level())
    print("execution option:", conn.get_execution_options()["isolation_level"])
