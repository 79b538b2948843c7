from sqlalchemy import create_engine, select
from sqlalchemy.exc import IntegrityError, PendingRollbackError
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
Base.metadata.create_all(engine)

with Session(engine) as session:
    session.add(Astronaut(name="Melissa Lewis"))
    session.flush()
    try:
        session.add(Astronaut(name="Melissa Lewis"))  # no SAVEPOINT around it
        session.flush()
    except IntegrityError as err:
        print(f"IntegrityError: {err.orig}")
    try:
        session.scalars(select(Astronaut)).all()  # any further work is refused
    except PendingRollbackError as err:
        print(f"PendingRollbackError: {err}")
    session.rollback()  # required; it also discards Lewis, flushed before the error
    print("after rollback:", session.scalars(select(Astronaut)).all())
