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
    print("before_flush fired for", sorted(session.new, key=lambda o: o.name))


with Session(engine) as watched:
    # Registered on this session object only: other sessions are untouched.
    event.listen(watched, "before_flush", announce)
    watched.add(Astronaut(name="Melissa Lewis"))
    watched.commit()

with Session(engine) as other:
    other.add(Astronaut(name="Mark Watney"))
    other.commit()
    print("other session committed: no listener ran")
