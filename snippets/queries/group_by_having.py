from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Eva(Base):
    """One extra-vehicular activity: who went outside, and for how long."""

    __tablename__ = "eva"
    id: Mapped[int] = mapped_column(primary_key=True)
    astronaut: Mapped[str]
    minutes: Mapped[int]

    def __repr__(self) -> str:
        return f"Eva(id={self.id}, astronaut={self.astronaut!r})"


LOG = [
    ("Mark Watney", 240),
    ("Mark Watney", 180),
    ("Mark Watney", 300),
    ("Melissa Lewis", 120),
    ("Melissa Lewis", 90),
    ("Alex Vogel", 60),
]
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add_all([Eva(astronaut=who, minutes=m) for who, m in LOG])
    session.commit()

evas = func.count(Eva.id).label("evas")
stmt = (
    select(Eva.astronaut, evas, func.sum(Eva.minutes).label("total"))
    .group_by(Eva.astronaut)
    .having(evas >= 2)  # HAVING filters groups; WHERE filters rows before grouping
    .order_by(evas.desc())
)
print(stmt)
print()
with Session(engine) as session:
    for row in session.execute(stmt):
        print(f"{row.astronaut}: {row.evas} EVAs, {row.total} min")
