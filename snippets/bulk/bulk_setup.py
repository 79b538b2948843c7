import os

from sqlalchemy import create_engine, event
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)
    role: Mapped[str] = mapped_column(default="crew")


engine = create_engine(os.environ.get("DATABASE_URL", "sqlite://"))
if engine.dialect.name == "sqlite":

    @event.listens_for(engine, "connect")
    def connect(dbapi_connection, connection_record):
        dbapi_connection.isolation_level = None  # SAVEPOINT recipe 1: no driver BEGIN
        dbapi_connection.execute("PRAGMA foreign_keys=ON")  # else no ON DELETE

    @event.listens_for(engine, "begin")
    def begin(conn):  # SAVEPOINT recipe 2: SQLAlchemy sends the BEGIN
        conn.exec_driver_sql("BEGIN")


Base.metadata.create_all(engine)
with Session(engine) as session, session.begin():
    session.add_all([Astronaut(name="Melissa Lewis"), Astronaut(name="Mark Watney")])
engine.echo = True  # most examples below show the SQL they send
