import sqlite3

from sqlalchemy import create_engine, insert
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


print("SQLite", sqlite3.sqlite_version)  # RETURNING needs SQLite 3.35 or later
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

engine.echo = True
with Session(engine) as session:
    # Core-style: RETURNING chosen columns from one INSERT
    stmt = insert(Astronaut).values(name="Melissa Lewis", role="commander")
    row = session.execute(stmt.returning(Astronaut.id, Astronaut.name)).one()
    print("returned row:", row)
    session.commit()
engine.echo = False

with Session(engine) as session:
    # ORM bulk insert: a list of dicts in, whole Astronaut objects out
    new = session.scalars(
        insert(Astronaut).returning(Astronaut),
        [
            {"name": "Alex Vogel", "role": "chemist"},
            {"name": "Chris Beck", "role": "flight surgeon"},
        ],
    ).all()
    for astronaut in sorted(new, key=lambda a: a.id):  # row order is not promised
        print("returned object:", astronaut)
    session.commit()
