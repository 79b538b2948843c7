from sqlalchemy import Column, Integer, String, Table, create_engine, select
from sqlalchemy.orm import Session, registry

mapper_registry = registry()

# The table is defined on its own ...
astronaut_table = Table(
    "astronaut",
    mapper_registry.metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(50), nullable=False),
)


# ... and a plain class (no base class, no Mapped[]) is mapped to it afterwards
class Astronaut:
    id: int

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


mapper_registry.map_imperatively(Astronaut, astronaut_table)

engine = create_engine("sqlite://")
mapper_registry.metadata.create_all(engine)

with Session(engine) as session:
    session.add_all([Astronaut("Alex Vogel"), Astronaut("Chris Beck")])
    session.commit()
    stmt = select(Astronaut).order_by(astronaut_table.c.id)
    print(session.scalars(stmt).all())
