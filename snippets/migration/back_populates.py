from sqlalchemy import ForeignKey, create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Ship(Base):
    __tablename__ = "ship"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    # Both sides are declared and name each other
    crew: Mapped[list["Astronaut"]] = relationship(back_populates="ship")

    def __repr__(self) -> str:
        return f"Ship(id={self.id}, name={self.name!r})"


class Astronaut(Base):
    __tablename__ = "astronaut"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    ship_id: Mapped[int] = mapped_column(ForeignKey("ship.id"))
    ship: Mapped[Ship] = relationship(back_populates="crew")

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    hermes = Ship(name="Hermes")
    session.add(hermes)
    session.commit()

    watney = Astronaut(name="Mark Watney")
    watney.ship = hermes  # also appends watney to hermes.crew
    # Since 2.0 the reverse side does not cascade watney into the session
    print("in session before add:", watney in session)
    session.add(watney)
    print("in session after add:", watney in session)
    session.commit()
    print("crew:", hermes.crew)
