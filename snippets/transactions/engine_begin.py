from sqlalchemy import create_engine, insert, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
engine.echo = True

# Core: the block hands you a Connection and commits on exit (rollback on error).
with engine.begin() as conn:
    print("bound to:", type(conn).__name__)
    conn.execute(insert(Astronaut), [{"name": "Beth Johansen"}])

engine.echo = False
with engine.connect() as conn:
    print("saved:", conn.scalars(select(Astronaut.name)).all())
