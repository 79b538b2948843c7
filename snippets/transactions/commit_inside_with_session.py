from sqlalchemy import create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


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

# The with block only closes the session: commit() is what makes the write stick.
with Session(engine) as session:
    session.add(Astronaut(name="Melissa Lewis"))
    session.commit()

engine.echo = False
with Session(engine) as session:
    print("saved:", session.scalars(select(Astronaut)).all())
