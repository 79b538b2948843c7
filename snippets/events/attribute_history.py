from sqlalchemy import create_engine, event, inspect
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


def show_history(session: Session, flush_context: object, instances: object) -> None:
    for obj in sorted(session.dirty, key=lambda o: o.name):
        attrs = inspect(obj).attrs
        for name in ("name", "role"):
            # History(added, unchanged, deleted): net change since load/last flush
            history = attrs[name].history
            print(f"{name}: changed={history.has_changes()} {history}")


with Session(engine) as session:
    event.listen(session, "before_flush", show_history)
    beck = session.get_one(Astronaut, 1)
    beck.role = "flight surgeon"
    session.flush()
    print("after the flush:", inspect(beck).attrs.role.history)
