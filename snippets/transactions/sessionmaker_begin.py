from sqlalchemy import create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker


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
SessionLocal = sessionmaker(engine)
engine.echo = True

# ORM: the block hands you a Session, commits, then closes it.
with SessionLocal.begin() as session:
    print("bound to:", type(session).__name__)
    session.add(Astronaut(name="Mark Watney"))

engine.echo = False
with SessionLocal() as session:
    print("saved:", session.scalars(select(Astronaut)).all())
