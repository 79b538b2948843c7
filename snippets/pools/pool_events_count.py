from sqlalchemy import create_engine, event
from pools_setup import url

engine = create_engine(url)


@event.listens_for(engine, "connect")  # the pool opened a DBAPI connection
def on_connect(dbapi_connection, connection_record):
    print("connect")


@event.listens_for(engine, "checkout")  # a connection left the pool
def on_checkout(dbapi_connection, connection_record, connection_proxy):
    print("checkout")


engine.connect().close()
engine.connect().close()
