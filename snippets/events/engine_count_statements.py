from typing import Any

from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Connection
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
statements: list[str] = []


# On THIS engine: other engines in the process are not affected.
@event.listens_for(engine, "before_cursor_execute")
def count(
    conn: Connection,
    cursor: Any,
    statement: str,
    parameters: Any,
    context: Any,
    executemany: bool,
) -> None:
    statements.append(statement.split()[0])  # keep the verb: INSERT, SELECT...


with Session(engine) as session:
    session.add(Astronaut(name="Mark Watney"))
    session.commit()
    print("add + commit:           ", len(statements))
    # Keep a reference: the identity map holds objects weakly, so an unreferenced
    # object can be garbage-collected and the next get() would query again.
    watney = session.get_one(Astronaut, 1)  # expired by the commit: a SELECT
    print("get() after commit:     ", len(statements))
    assert session.get_one(Astronaut, 1) is watney  # from the identity map
    print("get() again:            ", len(statements))
    session.scalars(select(Astronaut).order_by(Astronaut.id)).all()
    print("select():               ", len(statements))

print("verbs:", statements)
