import tempfile

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


def apply_savepoint_fix(engine: Engine) -> None:
    """SQLAlchemy's SQLite recipe: let SQLAlchemy, not pysqlite, emit BEGIN."""

    @event.listens_for(engine, "connect")
    def do_connect(dbapi_connection, connection_record):
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def do_begin(conn):
        conn.exec_driver_sql("BEGIN")


for fixed in (False, True):
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/ares.db"
        engine = create_engine(url)
        if fixed:
            apply_savepoint_fix(engine)
        Base.metadata.create_all(engine)

        @event.listens_for(engine, "connect")
        def trace(dbapi_connection, connection_record):
            # Print what really reaches SQLite, including pysqlite's own BEGIN.
            dbapi_connection.set_trace_callback(
                lambda sql: print("  sqlite:", sql.rstrip())
            )

        engine.dispose()  # reconnect so the trace is installed
        print("WITH the fix:" if fixed else "WITHOUT the fix:")
        with Session(engine) as session:
            with session.begin_nested():
                session.add(Astronaut(name="Melissa Lewis"))
            session.add(Astronaut(name="Mark Watney"))
            session.flush()
            session.rollback()  # rolls back the outer transaction: both rows
        engine.dispose()

        # A fresh engine means a fresh connection: it sees only committed rows.
        check = create_engine(url)
        with check.connect() as conn:
            names = conn.scalars(select(Astronaut.name).order_by(Astronaut.id))
            print("  -> rows after rollback:", names.all())
        check.dispose()
