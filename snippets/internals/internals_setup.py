import os

from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    role: Mapped[str] = mapped_column(default="crew")

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


engine = create_engine(os.environ.get("DATABASE_URL", "sqlite://"))
Base.metadata.create_all(engine)
with Session(engine) as session, session.begin():
    session.add(Astronaut(name="Melissa Lewis", role="commander"))
    session.add(Astronaut(name="Rick Martinez", role="pilot"))
    session.add(Astronaut(name="Mark Watney", role="botanist"))
engine.echo = True  # most examples below show the SQL they send
