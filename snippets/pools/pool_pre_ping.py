from sqlalchemy import create_engine, event

engine = create_engine("sqlite:///pool.db", pool_pre_ping=True)


@event.listens_for(engine, "connect")  # print what sqlite3 itself runs
def trace(dbapi_connection, connection_record):
    dbapi_connection.set_trace_callback(lambda sql: print("  ran:", sql))


for n in (1, 2):
    print("checkout", n)  # the first, a fresh connection, is not pinged
    engine.connect().close()
