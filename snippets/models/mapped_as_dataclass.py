from sqlalchemy import create_engine, select
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    MappedAsDataclass,
    Session,
    mapped_column,
)


# The mixin turns every mapped class into a dataclass: __init__, __repr__, __eq__
class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Astronaut(Base):
    __tablename__ = "astronaut"

    # init=False: the database assigns it, so it is not an __init__ argument
    id: Mapped[int] = mapped_column(primary_key=True, init=False)
    name: Mapped[str]
    role: Mapped[str] = mapped_column(default="crew")


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

lewis = Astronaut("Melissa Lewis", role="commander")  # positional args work too
beck = Astronaut(name="Chris Beck")
print("before flush:", lewis)
print("equal by value:", beck == Astronaut(name="Chris Beck"))

with Session(engine) as session:
    session.add_all([lewis, beck])
    session.commit()
    for astronaut in session.scalars(select(Astronaut).order_by(Astronaut.id)):
        print(astronaut)

try:
    Astronaut(id=7, name="Rick Martinez")  # type: ignore[call-arg]
except TypeError as err:
    print(f"{type(err).__name__}: {err}")
