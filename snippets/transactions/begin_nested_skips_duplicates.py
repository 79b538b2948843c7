from sqlalchemy import create_engine, event, select
from sqlalchemy.exc import IntegrityError
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


# Real SAVEPOINT semantics on SQLite + pysqlite (see the last section).
@event.listens_for(engine, "connect")
def do_connect(dbapi_connection, connection_record):
    dbapi_connection.isolation_level = None


@event.listens_for(engine, "begin")
def do_begin(conn):
    conn.exec_driver_sql("BEGIN")


Base.metadata.create_all(engine)

names = ["Melissa Lewis", "Rick Martinez", "Melissa Lewis", "Alex Vogel"]
with Session(engine) as session:
    for name in names:
        try:
            # One SAVEPOINT per row: a failure undoes this row only.
            with session.begin_nested():
                session.add(Astronaut(name=name))
        except IntegrityError as err:
            print(f"skipped {name!r}: {err.orig}")
    session.commit()  # the outer transaction survived the failed row

with Session(engine) as session:
    saved = session.scalars(select(Astronaut).order_by(Astronaut.id)).all()
    print("saved:", *saved, sep="\n  ")
