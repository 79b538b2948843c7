from sqlalchemy import ForeignKey, create_engine, select
from sqlalchemy.exc import InvalidRequestError
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Session,
    joinedload,
    mapped_column,
    relationship,
)


class Base(DeclarativeBase):
    pass


class Ship(Base):
    __tablename__ = "ship"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    crew: Mapped[list["Astronaut"]] = relationship(order_by="Astronaut.id")

    def __repr__(self) -> str:
        return f"Ship(id={self.id}, name={self.name!r})"


class Astronaut(Base):
    __tablename__ = "astronaut"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    ship_id: Mapped[int] = mapped_column(ForeignKey("ship.id"))

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    crew = [Astronaut(name="Melissa Lewis"), Astronaut(name="Chris Beck")]
    session.add(Ship(name="Hermes", crew=crew))
    session.commit()

    stmt = select(Astronaut).order_by(Astronaut.id)
    print("execute:", session.execute(stmt).all())  # Row 1-tuples
    print("scalars:", session.scalars(stmt).all())  # the objects

    # A joined eager load of a collection repeats the parent once per child
    eager = select(Ship).options(joinedload(Ship.crew))
    try:
        session.scalars(eager).all()
    except InvalidRequestError as err:
        print(f"{type(err).__name__}: {err}")
    ships = session.scalars(eager).unique().all()
    print("unique:", ships, ships[0].crew)
