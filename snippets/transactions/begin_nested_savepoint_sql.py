from sqlalchemy import create_engine, event, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


engine = create_engine("sqlite://")


# SQLite + pysqlite needs this recipe for real SAVEPOINTs (see the last section).
@event.listens_for(engine, "connect")
def do_connect(dbapi_connection, connection_record):
    dbapi_connection.isolation_level = None  # stop pysqlite's own BEGIN handling


@event.listens_for(engine, "begin")
def do_begin(conn):
    conn.exec_driver_sql("BEGIN")  # emit BEGIN ourselves, when SQLAlchemy begins


Base.metadata.create_all(engine)
engine.echo = True

with Session(engine) as session, session.begin():
    session.add(Astronaut(name="Melissa Lewis"))
    with session.begin_nested():  # SAVEPOINT ... RELEASE SAVEPOINT: kept
        session.add(Astronaut(name="Beth Johansen"))
    savepoint = session.begin_nested()
    session.add(Astronaut(name="Mark Watney"))
    session.flush()
    savepoint.rollback()  # ROLLBACK TO SAVEPOINT: only Watney is undone

engine.echo = False
with Session(engine) as session:
    print("saved:", session.scalars(select(Astronaut).order_by(Astronaut.id)).all())
