import os

from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker


class Base(DeclarativeBase): ...


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    call_sign: Mapped[str | None]  # these two: for the mapper events
    revision: Mapped[int] = mapped_column(default=1)

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


engine = create_engine(os.environ.get("DATABASE_URL", "sqlite://"))
Base.metadata.create_all(engine)
Factory = sessionmaker(engine)  # listen on it, not on the Session class
with Factory.begin() as session:  # commits at the end of the block
    session.add_all(Astronaut(name=n) for n in ("Alex Vogel", "Chris Beck"))
