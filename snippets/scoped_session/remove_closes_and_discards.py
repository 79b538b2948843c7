from sqlalchemy import create_engine, inspect
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
Session = scoped_session(sessionmaker(engine))

first = Session()
vogel = Astronaut(name="Alex Vogel")
first.add(vogel)
first.commit()

Session.remove()  # close() the current session, then forget it
print("object detached:", inspect(vogel).detached)
print("registry has a session:", Session.registry.has())

second = Session()  # the next call builds a brand-new session
print("new session is the old one:", second is first)
print("objects in the new session:", len(second.identity_map))
Session.remove()
