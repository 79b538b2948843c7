from sqlalchemy import create_engine, event
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


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


def announce(session: Session, flush_context: object, instances: object) -> None:
    print("  before_flush:", sorted(session.new, key=lambda o: o.name))


with Session(engine) as session:
    event.listen(session, "before_flush", announce)
    print("registered:", event.contains(session, "before_flush", announce))
    session.add(Astronaut(name="Melissa Lewis"))
    session.flush()

    # remove() takes the same target, event name and function as listen().
    event.remove(session, "before_flush", announce)
    print("registered:", event.contains(session, "before_flush", announce))
    session.add(Astronaut(name="Rick Martinez"))
    session.flush()
    print("second flush ran silently")
