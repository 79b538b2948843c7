from sqlalchemy import Column, ForeignKey, Integer
from sqlalchemy.orm import configure_mappers, relationship
from migration_setup import Base, Ship


class Rover(Base):
    __tablename__ = "rover"
    ship_id = Column(Integer, ForeignKey("ship.id"), primary_key=True)
    ship = relationship(Ship, backref="rovers")  # also adds Ship.rovers


print("before:", hasattr(Ship, "rovers"))  # not there yet
configure_mappers()  # the first query would do this too
print("after:", Ship.rovers)  # type: ignore[attr-defined]
