import os

from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)
    role: Mapped[str] = mapped_column(default="crew")

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r}, role={self.role!r})"


engine = create_engine(os.environ.get("DATABASE_URL", "sqlite://"))
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add_all(
        [
            Astronaut(name="Melissa Lewis", role="commander"),
            Astronaut(name="Rick Martinez", role="pilot"),
            Astronaut(name="Alex Vogel", role="chemist"),
            Astronaut(name="Chris Beck", role="flight surgeon"),
            Astronaut(name="Beth Johansen", role="sysop"),
            Astronaut(name="Mark Watney", role="botanist"),
        ]
    )
    session.commit()
engine.echo = True  # every example below shows the SQL it sends
