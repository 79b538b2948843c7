from sqlalchemy import create_engine, select
from sqlalchemy.exc import MultipleResultsFound, NoResultFound
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    role: Mapped[str]

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r}, role={self.role!r})"


CREW = [
    ("Melissa Lewis", "commander"),
    ("Rick Martinez", "pilot"),
    ("Alex Vogel", "chemist"),
    ("Chris Beck", "flight surgeon"),
    ("Beth Johansen", "sysop"),
    ("Mark Watney", "botanist"),
]
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add_all([Astronaut(name=name, role=role) for name, role in CREW])
    session.commit()

with Session(engine) as session:
    crew = session.scalars(select(Astronaut).order_by(Astronaut.name)).all()
    print("all():", [a.name for a in crew])

    first = session.scalars(select(Astronaut).order_by(Astronaut.id)).first()
    print("first():", first)

    stmt = select(Astronaut).where(Astronaut.role == "botanist")
    print("one():", session.scalars(stmt).one())  # exactly one row, or it raises

    try:
        session.scalars(select(Astronaut)).one()
    except MultipleResultsFound as err:
        print(f"{type(err).__name__}: {err}")
    try:
        session.scalars(select(Astronaut).where(Astronaut.role == "cook")).one()
    except NoResultFound as err:
        print(f"{type(err).__name__}: {err}")
    # one_or_none() is the forgiving variant for "zero or one"
    missing = select(Astronaut).where(Astronaut.id == 99)
    print("one_or_none():", session.scalars(missing).one_or_none())
