from sqlalchemy import ForeignKey, create_engine
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

    # Query.filter_by() silently uses the last joined entity: ship.name
    query = session.query(Astronaut).join(Ship).filter_by(name="MAV")
    print(str(query).splitlines()[-1])
    print(query.all())
