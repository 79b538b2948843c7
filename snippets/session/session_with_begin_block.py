from sqlalchemy import create_engine, select
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

# begin() commits when the block ends normally, rolls back on an exception;
# the outer `with` then closes the session.
with Session(engine) as session, session.begin():
    session.add(Astronaut(name="Alex Vogel"))

try:
    with Session(engine) as session, session.begin():
        session.add(Astronaut(name="Chris Beck"))
        raise RuntimeError("abort the launch")
except RuntimeError as err:
    print("rolled back because:", err)

with Session(engine) as session:
    print(session.scalars(select(Astronaut).order_by(Astronaut.id)).all())
