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


def first_commit(session: Session) -> None:
    print("after_commit: first commit of this session")


with Session(engine) as session:
    # once=True: the listener runs one time, then stays silent.
    event.listen(session, "after_commit", first_commit, once=True)
    for name in ["Chris Beck", "Beth Johansen", "Mark Watney"]:
        session.add(Astronaut(name=name))
        session.commit()
        print("committed", name)
