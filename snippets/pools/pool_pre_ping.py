from sqlalchemy import create_engine, text
from pools_setup import count_pool_events, url

engine = create_engine(url, pool_pre_ping=True)
counts = count_pool_events(engine)
with engine.connect() as conn:
    dbapi_connection = conn.connection.dbapi_connection
dbapi_connection.close()  # type: ignore[union-attr]  # as if the server dropped it
with engine.connect() as conn:  # the ping fails: replaced, no error
    print(conn.scalar(text("SELECT 'still working'")))
print(dict(counts))
