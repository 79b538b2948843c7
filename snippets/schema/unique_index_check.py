# raises: IntegrityError
from sqlalchemy import CheckConstraint, UniqueConstraint
from sqlalchemy.orm import Mapped, Session, mapped_column
from schema_setup import Base, create_table, engine


@create_table
class Astronaut(Base):
    __table_args__ = (UniqueConstraint("ship", "bunk"), CheckConstraint("bunk > 0"))
    name: Mapped[str] = mapped_column(unique=True)
    ship: Mapped[str] = mapped_column(index=True)
    bunk: Mapped[int]


with Session(engine) as session, session.begin():
    session.add(Astronaut(name="Beck", ship="Hermes", bunk=0))
