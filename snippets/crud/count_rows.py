from sqlalchemy import create_engine, func, select
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
    total = session.scalar(select(func.count()).select_from(Astronaut))
    print("crew:", total)

    stmt = select(func.count()).select_from(Astronaut).where(Astronaut.name.like("M%"))
    print("names starting with M:", session.scalar(stmt))

    # the pitfall: len() of a full result loads every row just to count it
    print("len(all()):", len(session.scalars(select(Astronaut)).all()))
