from sqlalchemy import create_engine, select, union, union_all
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

commander = select(Astronaut.name).where(Astronaut.role == "commander")
m_names = select(Astronaut.name).where(Astronaut.name.like("M%"))
with Session(engine) as session:
    # union() drops duplicates (Lewis is in both); union_all() keeps them
    both = union(commander, m_names).order_by("name")
    print("union:", session.scalars(both).all())
    every = union_all(commander, m_names).order_by("name")
    print("union_all:", session.scalars(every).all())
print()
print(both)
