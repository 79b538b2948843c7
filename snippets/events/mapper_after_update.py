from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import Connection
from sqlalchemy.orm import DeclarativeBase, Mapped, Mapper, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    role: Mapped[str]
    revision: Mapped[int] = mapped_column(default=1)

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


# Mapper events on this snippet's own class only.
@event.listens_for(Astronaut, "before_update")
def bump_revision(
    mapper: Mapper[Astronaut], conn: Connection, target: Astronaut
) -> None:
    # Setting a column here is still part of this UPDATE statement.
    target.revision += 1


@event.listens_for(Astronaut, "after_update")
def report(mapper: Mapper[Astronaut], conn: Connection, target: Astronaut) -> None:
    # The row is written; read the history of what changed in this flush.
    history = inspect(target).attrs.role.history
    print(f"after_update: {target} role {history.deleted} -> {history.added}")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add(Astronaut(name="Chris Beck", role="doctor"))
    session.commit()

engine.echo = True
with Session(engine) as session:
    print("--- get()")
    beck = session.get_one(Astronaut, 1)
    beck.role = "flight surgeon"
    print("--- flush")
    session.flush()
    print("revision:", beck.revision)
