from sqlalchemy import create_engine, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    role: Mapped[str]

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add(Astronaut(name="Chris Beck", role="doctor"))
    session.commit()

# A detached copy, e.g. rebuilt from a form or a cache.
beck = Astronaut(id=1, name="Chris Beck", role="flight surgeon")

engine.echo = True
with Session(engine) as session:
    print("--- merge(): SELECT by primary key, then copy the state onto that row")
    merged = session.merge(beck)
    print("returned a different object:", merged is not beck)
    print("given object still transient:", inspect(beck).transient)
    print("merged is persistent:", inspect(merged).persistent)
    print("--- commit(): UPDATE only the changed column")
    session.commit()
