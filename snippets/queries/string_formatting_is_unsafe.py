from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError
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


def find_unsafe(session: Session, name: str) -> list[str]:
    # WRONG: the value becomes part of the SQL text
    sql = f"SELECT name FROM astronaut WHERE name = '{name}' ORDER BY name"
    print("built:", sql)
    return list(session.scalars(text(sql)))


def find_safe(session: Session, name: str) -> list[str]:
    sql = "SELECT name FROM astronaut WHERE name = :name ORDER BY name"
    return list(session.scalars(text(sql), {"name": name}))


with Session(engine) as session:
    try:
        find_unsafe(session, "Tim O'Brien")  # the quote ends the string literal
    except OperationalError as err:
        print(f"{type(err).__name__}: {err.orig}")
    # a crafted "name" rewrites the WHERE clause and returns every row
    print("unsafe:", find_unsafe(session, "x' OR '1'='1"))

engine.echo = True
with Session(engine) as session:
    print("safe:", find_safe(session, "Tim O'Brien"))
    print("safe:", find_safe(session, "x' OR '1'='1"))
