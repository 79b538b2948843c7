from sqlalchemy import create_engine, select
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

stmt = select(Astronaut).where(Astronaut.id <= 2).order_by(Astronaut.id)
with Session(engine) as session:
    rows = session.execute(stmt).all()  # Row objects: 1-tuples holding the entity
    for row in rows:
        print("execute():", row)
    print("rows[0].name ->", end=" ")
    try:
        print(rows[0].name)
    except AttributeError as err:
        print(f"{type(err).__name__}: {err}")
    print("rows[0][0].name ->", rows[0][0].name)
    print("rows[0].Astronaut.name ->", rows[0].Astronaut.name)

    astronauts = session.scalars(stmt).all()  # first column of each row
    for astronaut in astronauts:
        print("scalars():", astronaut)
    print("astronauts[0].name ->", astronauts[0].name)
