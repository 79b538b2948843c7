from sqlalchemy import and_, create_engine, or_, select
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

filters = {
    "and_": and_(Astronaut.ship == "Hermes", Astronaut.name.like("%s%")),
    "or_": or_(Astronaut.role == "pilot", Astronaut.role == "botanist"),
    "in_": Astronaut.role.in_(["chemist", "sysop"]),
    "like": Astronaut.name.like("M%"),
    "is_(None)": Astronaut.ship.is_(None),  # `== None` works too, but lint flags it
}
with Session(engine) as session:
    for label, criterion in filters.items():
        stmt = select(Astronaut.name).where(criterion).order_by(Astronaut.name)
        print(f"{label:10}", session.scalars(stmt).all())

print()
print(select(Astronaut.name).where(filters["or_"]))  # the SQL behind one of them
