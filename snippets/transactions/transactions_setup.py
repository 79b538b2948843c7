import os

from sqlalchemy import create_engine, event
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)


engine = create_engine(os.environ.get("DATABASE_URL", "sqlite://"))

if engine.dialect.name == "sqlite":  # the SQLite SAVEPOINT recipe

    @event.listens_for(engine, "connect")
    def do_connect(dbapi_connection, connection_record):
        dbapi_connection.isolation_level = None  # pysqlite: never emit BEGIN

    @event.listens_for(engine, "begin")
    def do_begin(conn):
        conn.exec_driver_sql("BEGIN")  # SQLAlchemy emits it when it begins


Base.metadata.create_all(engine)
engine.echo = True  # most examples below show the SQL they send
