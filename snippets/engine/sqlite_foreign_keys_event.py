from sqlalchemy import Engine, ForeignKey, create_engine, event, select
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from sqlalchemy.pool import ConnectionPoolEntry


class Base(DeclarativeBase):
    pass


class Mission(Base):
    __tablename__ = "mission"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]

    def __repr__(self) -> str:
        return f"Mission(id={self.id}, name={self.name!r})"


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    mission_id: Mapped[int] = mapped_column(ForeignKey("mission.id"))

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


plain = create_engine("sqlite://")
checked = create_engine("sqlite://")


# Registered on THIS engine instance; runs for each new DBAPI connection it opens.
@event.listens_for(checked, "connect")
def enable_foreign_keys(
    dbapi_conn: DBAPIConnection, record: ConnectionPoolEntry
) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def add_orphan(engine: Engine) -> str:
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        session.add(Astronaut(name="Mark Watney", mission_id=99))  # no mission 99
        try:
            session.commit()
        except IntegrityError as err:
            return f"IntegrityError: {err.orig}"
        return f"saved {session.scalars(select(Astronaut)).all()}"


for label, engine in (("plain", plain), ("with event", checked)):
    with engine.connect() as conn:
        pragma = conn.exec_driver_sql("PRAGMA foreign_keys").scalar()
    print(f"{label}: foreign_keys={pragma} -> {add_orphan(engine)}")
