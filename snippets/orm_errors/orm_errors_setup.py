import os

from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker


class Base(DeclarativeBase): ...


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


engine = create_engine(os.environ.get("DATABASE_URL", "sqlite://"))
Base.metadata.create_all(engine)
Session = sessionmaker(engine)  # each example opens its own session
with Session.begin() as session:
    session.add_all([Astronaut(name="Melissa Lewis"), Astronaut(name="Mark Watney")])
