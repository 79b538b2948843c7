from sqlalchemy import create_engine, text

count = text("SELECT count(*) FROM crew")
engine = create_engine("sqlite://")
with engine.begin() as conn:
    conn.execute(text("CREATE TABLE crew (name TEXT)"))

writer = engine.connect()
reader = engine.connect()
same = writer.connection.dbapi_connection is reader.connection.dbapi_connection
print("same DBAPI connection:", same)
writer.execute(text("INSERT INTO crew VALUES ('Melissa Lewis')"))
print("reader before commit:", reader.execute(count).scalar())  # a "dirty read"
reader.close()  # returning it to the pool rolls back the shared connection
print("writer after reader closed:", writer.execute(count).scalar())
writer.close()
