# sqlite only: SQLite's in-memory pool
from sqlalchemy import text
from isolation_setup import engine

count = text("SELECT count(*) FROM crew")
writer, reader = engine.connect(), engine.connect()  # one DBAPI connection
writer.execute(text("INSERT INTO crew VALUES ('Melissa Lewis')"))
print("reader before commit:", reader.scalar(count))  # a "dirty read"
reader.close()  # returning it to the pool rolls back the shared connection
print("writer after reader closed:", writer.scalar(count))
writer.close()
