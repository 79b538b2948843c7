import os

from sqlalchemy import create_engine, event, insert
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


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
    def connect(dbapi_conn, record):
        dbapi_conn.isolation_level = None  # SAVEPOINT fix, part 1
        dbapi_conn.execute("PRAGMA foreign_keys=ON")

    @event.listens_for(engine, "begin")
    def begin(conn):  # SAVEPOINT fix, part 2: SQLAlchemy's BEGIN
        conn.exec_driver_sql("BEGIN")


Base.metadata.create_all(engine)
with engine.begin() as conn:  # ids 1 and 2
    conn.execute(insert(Astronaut), [{"name": "Lewis"}, {"name": "Watney"}])
engine.echo = True  # most examples below show the SQL they send
