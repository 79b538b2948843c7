from contextvars import ContextVar

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


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

# The scope is the current request, as a web framework would track it.
request_id: ContextVar[int] = ContextVar("request_id")
Session = scoped_session(sessionmaker(engine), scopefunc=request_id.get)


def create_astronaut(name: str) -> str:
    """The view: uses the registry, never opens or closes a session itself."""
    fresh = len(Session().identity_map) == 0
    Session.add(Astronaut(name=name))
    Session.commit()
    crew = Session.scalars(select(Astronaut.name).order_by(Astronaut.id)).all()
    return f"201 fresh session={fresh} crew={crew}"


def handle_request(number: int, name: str) -> str:
    token = request_id.set(number)  # begin request
    try:
        return create_astronaut(name)
    finally:
        Session.remove()  # teardown: close and forget this request's session
        request_id.reset(token)


print("request 1:", handle_request(1, "Melissa Lewis"))
print("request 2:", handle_request(2, "Rick Martinez"))
