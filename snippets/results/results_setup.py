import os
from datetime import date
from decimal import Decimal

from sqlalchemy import Numeric, create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    hired: Mapped[date]
    pay: Mapped[Decimal] = mapped_column(Numeric(8, 2))

    def __repr__(self) -> str:
        return f"Astronaut({self.name!r})"


engine = create_engine(os.environ.get("DATABASE_URL", "sqlite://"))
Base.metadata.create_all(engine)
lewis = Astronaut(name="Melissa Lewis", hired=date(2029, 3, 1), pay=Decimal("9500"))
watney = Astronaut(name="Mark Watney", hired=date(2031, 9, 15), pay=Decimal("7250.5"))
with Session(engine) as session:
    session.add_all([lewis, watney])
    session.commit()
