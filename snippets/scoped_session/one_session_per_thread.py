import tempfile
import threading
from collections.abc import Callable

from sqlalchemy import create_engine, select
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    mapped_column,
    scoped_session,
    sessionmaker,
)


class Base(DeclarativeBase):
    pass


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


def run_in_thread(name: str, work: Callable[[], None]) -> None:
    thread = threading.Thread(target=work, name=name)
    thread.start()
    thread.join()  # one thread after the other: no race, the result is the same


with tempfile.TemporaryDirectory() as tmp:
    engine = create_engine(f"sqlite:///{tmp}/ares.db")
    Base.metadata.create_all(engine)
    factory = sessionmaker(engine)
    names = select(Astronaut.name).order_by(Astronaut.name)

    # Wrong: one Session shared by two threads is one transaction for both.
    shared = factory()
    run_in_thread("Hermes", lambda: shared.add(Astronaut(name="Mark Watney")))

    def mav_shared() -> None:
        shared.add(Astronaut(name="Melissa Lewis"))
        shared.commit()  # also commits Hermes' unfinished work

    run_in_thread("MAV", mav_shared)
    shared.close()
    with factory() as session:
        print("shared session committed:", session.scalars(names).all())

    # Right: the registry hands each thread its own Session.
    Session = scoped_session(factory)

    def hermes_own() -> None:
        Session.add(Astronaut(name="Alex Vogel"))
        Session.remove()  # Hermes gives up: its work stays private and is dropped

    def mav_own() -> None:
        Session.add(Astronaut(name="Beth Johansen"))
        Session.commit()
        Session.remove()

    run_in_thread("Hermes", hermes_own)
    run_in_thread("MAV", mav_own)
    with factory() as session:
        print("per-thread sessions committed:", session.scalars(names).all())
    engine.dispose()
