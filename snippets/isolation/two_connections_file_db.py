# sqlite only: SQLite file database and its driver's BEGIN
import tempfile

from sqlalchemy import create_engine, text

count = text("SELECT count(*) FROM crew")
with tempfile.TemporaryDirectory() as tmp:
    engine = create_engine(f"sqlite:///{tmp}/ares.db")  # a file: QueuePool
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE crew (name TEXT)"))
    with engine.connect() as writer, engine.connect() as reader:
        writer.execute(text("INSERT INTO crew VALUES ('Melissa Lewis')"))
        print("reader before commit:", reader.scalar(count))
        print("SQLAlchemy began:", reader.in_transaction())
        # the sqlite3 connection (attributes pass through) sent no BEGIN:
        print("sqlite3 in a transaction:", reader.connection.in_transaction)
        writer.commit()
        print("reader after commit:", reader.scalar(count))  # not repeatable
    engine.dispose()  # close the file before the directory is removed
