from sqlalchemy import create_engine, func, select
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
count_rows = select(func.count()).select_from(Astronaut)

with Session(engine) as session:
    session.add(Astronaut(name="Mark Watney"))
    with session.no_autoflush:
        # The query does not flush: the database has not seen Watney yet.
        print("inside no_autoflush: count =", session.scalar(count_rows))
        print("still pending:", sorted(session.new, key=lambda o: o.name))
    # Outside the block autoflush is back on.
    print("after the block: count =", session.scalar(count_rows))
    print("pending now:", sorted(session.new, key=lambda o: o.name))
