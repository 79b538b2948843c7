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

with Session(engine) as session:  # closes the session on exit
    with session.begin():  # commits on exit, or rolls back on an exception
        session.add(Astronaut(name="Alex Vogel"))

engine.echo = False
with Session(engine) as session:
    print("saved:", session.scalars(select(Astronaut)).all())
