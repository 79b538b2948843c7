from sqlalchemy import ForeignKey, create_engine, select
from sqlalchemy.exc import AmbiguousColumnError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


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
    name: Mapped[str]  # "name" exists on both tables
    ship_id: Mapped[int] = mapped_column(ForeignKey("ship.id"))

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add_all([Ship(id=1, name="Hermes"), Ship(id=2, name="MAV")])
    session.add_all(
        [
            Astronaut(name="Beth Johansen", ship_id=1),
            Astronaut(name="Mark Watney", ship_id=2),
        ]
    )
    session.commit()

    # 2.1: filter_by() looks at every joined entity and refuses to guess
    try:
        select(Astronaut).join(Ship).filter_by(name="MAV")
    except AmbiguousColumnError as err:
        # The rest of the message lists the entities in hash order: cut it off
        print(f"{type(err).__name__}: {str(err).split(';')[0]}")

    # Say which column you mean with where()
    stmt = select(Astronaut).join(Ship).where(Ship.name == "MAV")
    print(session.scalars(stmt).all())
