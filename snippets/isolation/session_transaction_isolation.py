# warns: SAWarning
from sqlalchemy.orm import Session
from isolation_setup import engine

dirty = {"isolation_level": "READ UNCOMMITTED"}
with Session(engine) as session:
    conn = session.connection(execution_options=dirty)  # first: it applies
    print("this transaction:", conn.get_isolation_level())
    session.commit()  # the pool resets the connection
    session.connection()  # like any query, this begins the next transaction
    late = session.connection(execution_options=dirty)  # ignored: warns
    print("too late:", late.get_isolation_level())
