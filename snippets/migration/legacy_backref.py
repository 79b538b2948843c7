# warns: SAWarning
from sqlalchemy import ForeignKey, create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Ship(Base):
    __tablename__ = "ship"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]

    def __repr__(self) -> str:
        return f"Ship(id={self.id}, name={self.name!r})"


class Astronaut(Base):
    __tablename__ = "astronaut"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    ship_id: Mapped[int] = mapped_column(ForeignKey("ship.id"))
    # backref= creates Ship.crew behind the scenes: invisible on Ship, untyped
    ship = relationship("Ship", backref="crew")

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    hermes = Ship(name="Hermes")
    session.add(hermes)
    session.commit()

    watney = Astronaut(name="Mark Watney")
    watney.ship = hermes
    # 1.x code relied on the backref cascading watney into the session
    print("in session:", watney in session)
    session.commit()  # 2.x: watney is not saved, only a warning says so
    print("crew:", hermes.crew)  # type: ignore[attr-defined]
