import os

from sqlalchemy import ForeignKey, create_engine, orm
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase): ...


class Ship(Base):
    __tablename__ = "ship"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]  # Astronaut has a "name" too
    crew: Mapped[list["Astronaut"]] = relationship(back_populates="ship")


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    ship_id: Mapped[int] = mapped_column(ForeignKey("ship.id"))
    ship: Mapped[Ship] = relationship(back_populates="crew")

    def __repr__(self) -> str:
        return f"Astronaut({self.name!r})"


engine = create_engine(os.environ.get("DATABASE_URL", "sqlite://"))
Base.metadata.create_all(engine)
Session = orm.sessionmaker(engine)  # examples open sessions here
with Session.begin() as session:
    session.add(Ship(name="Hermes", crew=[Astronaut(name="Melissa Lewis")]))
    session.add(Ship(name="MAV", crew=[Astronaut(name="Mark Watney")]))
