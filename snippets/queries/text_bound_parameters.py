from sqlalchemy import create_engine, text
from sqlalchemy.exc import ArgumentError, ObjectNotExecutableError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    role: Mapped[str]
    ship: Mapped[str | None]  # None: left behind on Mars

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


CREW = [
    ("Melissa Lewis", "commander", "Hermes"),
    ("Rick Martinez", "pilot", "Hermes"),
    ("Alex Vogel", "chemist", "Hermes"),
    ("Chris Beck", "flight surgeon", "Hermes"),
    ("Beth Johansen", "sysop", "Hermes"),
    ("Mark Watney", "botanist", None),
]
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add_all([Astronaut(name=n, role=r, ship=s) for n, r, s in CREW])
    session.commit()
# a plain string is not a statement: Connection and Session both refuse it
with engine.connect() as conn:
    try:
        conn.execute("SELECT name FROM astronaut")  # type: ignore[call-overload]
    except ObjectNotExecutableError as err:
        print(f"{type(err).__name__}: {err}")
with Session(engine) as session:
    try:
        session.execute("SELECT name FROM astronaut")  # type: ignore[call-overload]
    except ArgumentError as err:
        print(f"{type(err).__name__}: {err}")
print()

engine.echo = True
with Session(engine) as session:
    # :role is a bound parameter: the value travels separately from the SQL
    stmt = text("SELECT name, role FROM astronaut WHERE role = :role")
    for row in session.execute(stmt, {"role": "pilot"}):
        print(row.name, "-", row.role)
    stmt = text("SELECT count(*) FROM astronaut WHERE ship IS NULL OR name = :name")
    print("count:", session.scalar(stmt, {"name": "Melissa Lewis"}))
