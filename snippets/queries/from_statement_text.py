from sqlalchemy import create_engine, select, text
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
# the textual SELECT must return the columns the mapping expects
sql = text("SELECT * FROM astronaut WHERE ship = :ship ORDER BY name LIMIT 3")
stmt = select(Astronaut).from_statement(sql)
with Session(engine) as session:
    crew = session.scalars(stmt, {"ship": "Hermes"}).all()
    for astronaut in crew:
        print(astronaut, astronaut.role)
    # real ORM objects: tracked by the session, changes flush as usual
    print("in session:", crew[0] in session)
