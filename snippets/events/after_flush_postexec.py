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


def new_objects(session: Session) -> list[Astronaut]:
    return sorted(session.new, key=lambda o: o.name)


with Session(engine) as session:

    @event.listens_for(session, "before_flush")
    def before(session: Session, flush_context: object, instances: object) -> None:
        print("before_flush:         new =", new_objects(session))

    @event.listens_for(session, "after_flush")
    def after(session: Session, flush_context: object) -> None:
        # SQL has run (ids are set) but the collections are not reset yet.
        print("after_flush:          new =", new_objects(session))

    @event.listens_for(session, "after_flush_postexec")
    def postexec(session: Session, flush_context: object) -> None:
        print("after_flush_postexec: new =", new_objects(session))

    session.add(Astronaut(name="Mark Watney"))
    session.flush()
