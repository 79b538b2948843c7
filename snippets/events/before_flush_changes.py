from collections.abc import Iterable

from sqlalchemy import create_engine, event
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
    session.add_all(
        [
            Astronaut(name="Alex Vogel", role="chemist"),
            Astronaut(name="Chris Beck", role="doctor"),
        ]
    )
    session.commit()


def by_name(objects: Iterable[Astronaut]) -> list[Astronaut]:
    return sorted(objects, key=lambda o: o.name)


def audit(session: Session, flush_context: object, instances: object) -> None:
    # The unit of work's collections are sets: sort before printing.
    print("new:    ", by_name(session.new))
    print("dirty:  ", by_name(session.dirty))
    print("deleted:", by_name(session.deleted))


with Session(engine) as session:
    event.listen(session, "before_flush", audit)
    vogel = session.get_one(Astronaut, 1)
    beck = session.get_one(Astronaut, 2)
    session.add(Astronaut(name="Mark Watney", role="botanist"))
    beck.role = "flight surgeon"
    session.delete(vogel)
    session.commit()
