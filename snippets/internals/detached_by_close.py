from sqlalchemy import create_engine, inspect
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
with Session(engine) as session:
    session.add_all([Astronaut(name="Melissa Lewis"), Astronaut(name="Alex Vogel")])
    session.commit()

session = Session(engine)
lewis = session.get_one(Astronaut, 1)
vogel = session.get_one(Astronaut, 2)


def detached() -> str:
    return f"lewis={inspect(lewis).detached}, vogel={inspect(vogel).detached}"


session.expunge(vogel)  # one object leaves
print("after expunge(vogel): detached", detached())
session.close()  # every object the session still held leaves
print("after close():        detached", detached())

# Loaded attributes stay readable on a detached object (no commit expired them).
print("still readable:", lewis, vogel)
# add() attaches a detached object to a session again.
with Session(engine) as other:
    other.add(lewis)
    print("re-added to a new session, persistent:", inspect(lewis).persistent)
