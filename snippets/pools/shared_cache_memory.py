# sqlite only: SQLite's shared-cache memory database
# raises: OperationalError
from sqlalchemy import create_engine, inspect, text
from pools_setup import in_thread

engine = create_engine("sqlite:///file::memory:?cache=shared&uri=true")
keepalive = engine.connect()  # the database lives while one is open
keepalive.execute(text("CREATE TABLE log (msg TEXT)"))
keepalive.commit()
tables = in_thread(inspect(engine).get_table_names)  # its own connection
print(type(engine.pool).__name__, "| other thread sees:", tables)
keepalive.execute(text("INSERT INTO log VALUES ('hello')"))  # a write, still open
with engine.connect() as other:  # a read of that table fails at once
    other.execute(text("SELECT msg FROM log"))
