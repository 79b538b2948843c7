from sqlalchemy import create_engine
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
            Astronaut(name="Melissa Lewis", role="commander"),
            Astronaut(name="Rick Martinez", role="pilot"),
            Astronaut(name="Alex Vogel", role="chemist"),
        ]
    )
    session.commit()


def show(session: Session, label: str) -> None:
    # new/dirty/deleted are sets (unordered): sort them before printing.
    print(label)
    print("  new:    ", sorted(session.new, key=lambda o: o.name))
    print("  dirty:  ", sorted(session.dirty, key=lambda o: o.name))
    print("  deleted:", sorted(session.deleted, key=lambda o: o.name))


with Session(engine) as session:
    lewis = session.get(Astronaut, 1)
    martinez = session.get(Astronaut, 2)
    vogel = session.get(Astronaut, 3)
    assert lewis and martinez and vogel
    session.add(Astronaut(name="Mark Watney", role="botanist"))
    martinez.role = "MAV pilot"
    session.delete(vogel)
    show(session, "before flush:")
    session.flush()
    show(session, "after flush:")
