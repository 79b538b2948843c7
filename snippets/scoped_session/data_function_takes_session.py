from sqlalchemy import create_engine, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Session,
    mapped_column,
    scoped_session,
    sessionmaker,
)


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
Registry = scoped_session(sessionmaker(engine))


# Data functions receive a session; they neither commit nor close it.
def add_crew(session: Session, names: list[str]) -> None:
    session.add_all(Astronaut(name=name) for name in names)
    session.flush()


def crew_size(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Astronaut)) or 0


# The application owns the lifecycle: one transaction around the whole unit of work.
try:
    add_crew(Registry(), ["Melissa Lewis", "Rick Martinez"])
    add_crew(Registry(), ["Rick Martinez"])  # duplicate: the unit of work fails
    Registry.commit()
except IntegrityError as err:
    Registry.rollback()
    print(f"rolled back the whole unit: {type(err).__name__}: {err.orig}")
finally:
    Registry.remove()

print("rows:", crew_size(Registry()))  # nothing half-done was kept
Registry.remove()
