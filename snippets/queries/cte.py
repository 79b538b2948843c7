from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Eva(Base):
    __tablename__ = "eva"
    id: Mapped[int] = mapped_column(primary_key=True)
    astronaut: Mapped[str]
    minutes: Mapped[int]

    def __repr__(self) -> str:
        return f"Eva(id={self.id}, astronaut={self.astronaut!r})"


LOG = [
    ("Mark Watney", 240),
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

# .cte() names a SELECT in a WITH clause; use it like a table via `.c`
totals = (
    select(Eva.astronaut, func.sum(Eva.minutes).label("total"))
    .group_by(Eva.astronaut)
    .cte("totals")
)
average = select(func.avg(totals.c.total)).scalar_subquery()
stmt = (
    select(totals.c.astronaut, totals.c.total)
    .where(totals.c.total > average)
    .order_by(totals.c.astronaut)
)
print(stmt)
print()
with Session(engine) as session:
    print("above the average total:", session.execute(stmt).all())
