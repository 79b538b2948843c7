from sqlalchemy import create_engine, select
from sqlalchemy.exc import IntegrityError
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
Session = sessionmaker(engine)


# Anti-pattern: the data function opens, commits and closes its own session.
def add_crew(names: list[str]) -> None:
    with Session() as session:
        session.add_all(Astronaut(name=name) for name in names)
        session.commit()


try:
    add_crew(["Melissa Lewis", "Rick Martinez"])  # committed on its own
    add_crew(["Rick Martinez"])  # fails; the caller cannot undo the first call
except IntegrityError as err:
    print(f"{type(err).__name__}: {err.orig}")

with Session() as session:
    names = session.scalars(select(Astronaut.name).order_by(Astronaut.id)).all()
    print("half a unit of work was kept:", names)
