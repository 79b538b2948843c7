from sqlalchemy import ForeignKey, create_engine, literal, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    reports_to_id: Mapped[int | None] = mapped_column(ForeignKey("astronaut.id"))

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add_all(
        [
            Astronaut(id=1, name="Melissa Lewis", reports_to_id=None),
            Astronaut(id=2, name="Rick Martinez", reports_to_id=1),
            Astronaut(id=3, name="Chris Beck", reports_to_id=1),
            Astronaut(id=4, name="Mark Watney", reports_to_id=2),
        ]
    )
    session.commit()

# start at Watney, then repeatedly join to whoever the last row reports to
chain = (
    select(
        Astronaut.id, Astronaut.name, Astronaut.reports_to_id, literal(0).label("up")
    )
    .where(Astronaut.name == "Mark Watney")
    .cte("chain", recursive=True)
)
boss = select(
    Astronaut.id, Astronaut.name, Astronaut.reports_to_id, (chain.c.up + 1).label("up")
).join(chain, Astronaut.id == chain.c.reports_to_id)
chain = chain.union_all(boss)

with Session(engine) as session:
    stmt = select(chain.c.up, chain.c.name).order_by(chain.c.up)
    for up, name in session.execute(stmt):
        print(f"{up} level(s) up: {name}")
print()
print(stmt)
