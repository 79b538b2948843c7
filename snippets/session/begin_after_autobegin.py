from sqlalchemy import create_engine, select
from sqlalchemy.exc import InvalidRequestError
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

with Session(engine) as session:
    session.scalars(select(Astronaut)).all()  # autobegin happened here
    try:
        session.begin()
    except InvalidRequestError as err:
        print(f"{type(err).__name__}: {err}")

# Fix: call begin() before the first statement (or commit() first).
with Session(engine) as session:
    with session.begin():
        session.add(Astronaut(name="Rick Martinez"))
    print("committed:", session.scalars(select(Astronaut)).all())
