import tempfile

from sqlalchemy import create_engine, text

count = text("SELECT count(*) FROM crew")
with tempfile.TemporaryDirectory() as tmp:
    # A file database: each checkout is its own DBAPI connection.
    engine = create_engine(f"sqlite:///{tmp}/ares.db")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE crew (name TEXT)"))

    with (
        engine.connect() as writer,
        engine.connect() as reader,
        engine.connect() as dirty,
    ):
        dirty.execution_options(isolation_level="READ UNCOMMITTED")
        writer.execute(text("INSERT INTO crew VALUES ('Melissa Lewis')"))
        print("writer sees:", writer.execute(count).scalar())
        print("reader before commit:", reader.execute(count).scalar())
        # Without a shared cache, READ UNCOMMITTED changes nothing on SQLite.
        print("READ UNCOMMITTED reader before commit:", dirty.execute(count).scalar())
        writer.commit()
        print("reader after commit:", reader.execute(count).scalar())
    engine.dispose()  # close the file before the directory is removed
