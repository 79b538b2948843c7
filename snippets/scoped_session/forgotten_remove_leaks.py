from sqlalchemy import create_engine, select
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Session,
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


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
Registry = scoped_session(sessionmaker(engine))  # thread scope: one worker thread
seen: list[Session] = []
names = select(Astronaut.name).order_by(Astronaut.id)


def handle_request(name: str, commit: bool) -> None:
    seen.append(Registry())
    print("  rows visible at start:", Registry.scalars(names).all())
    Registry.add(Astronaut(name=name))
    Registry.flush()
    if commit:
        Registry.commit()
    # no teardown: Registry.remove() is never called


print("request 1 (fails before commit):")
handle_request("Alex Vogel", commit=False)
print("request 2 (same thread):")
handle_request("Chris Beck", commit=True)
print("request 2 reused request 1's session:", seen[1] is seen[0])
print("committed by request 2:", Registry.scalars(names).all())
Registry.remove()
