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

stmt = (
    select(Astronaut)
    .where(Astronaut.role != "commander", Astronaut.name.like("%e%"))  # AND-ed
    .order_by(Astronaut.name.desc())
    .limit(3)
)
print(stmt)
print()
with Session(engine) as session:
    for astronaut in session.scalars(stmt):
        print(astronaut)
