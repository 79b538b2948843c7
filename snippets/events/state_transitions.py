from collections.abc import Callable

from sqlalchemy import create_engine, event, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker


class Base(DeclarativeBase):
    pass


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
Factory = sessionmaker(engine)  # a dedicated factory, not the Session class

TRANSITIONS = [
    "transient_to_pending",
    "pending_to_persistent",
    "persistent_to_detached",
    "detached_to_persistent",
    "persistent_to_deleted",
    "deleted_to_detached",
]


def make_listener(name: str) -> Callable[[Session, Astronaut], None]:
    def listener(session: Session, instance: Astronaut) -> None:
        # Print the event name only: after commit the attributes are expired, and
        # reading them on a detached object would raise DetachedInstanceError.
        print("  ->", name)

    return listener


for name in TRANSITIONS:
    event.listen(Factory, name, make_listener(name))

watney = Astronaut(name="Mark Watney")
with Factory() as session:
    print("add():")
    session.add(watney)
    print("commit():")
    session.commit()
    print("end of the with block (close):")
with Factory() as session:
    print("add() a detached object:")
    session.add(watney)
    print("delete() + commit():")
    session.delete(watney)
    session.commit()
print("detached at the end:", inspect(watney).detached)
