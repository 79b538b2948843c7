import datetime
import decimal
import enum
from typing import Any

from sqlalchemy import JSON, Enum, Numeric, String, Text, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from sqlalchemy.schema import CreateTable


class Role(enum.Enum):
    commander = "commander"
    botanist = "botanist"


class Base(DeclarativeBase):
    pass


class Astronaut(Base):
    __tablename__ = "astronaut"

    id: Mapped[int] = mapped_column(primary_key=True)  # Integer
    name: Mapped[str] = mapped_column(String(50))  # String(n) -> VARCHAR(n)
    bio: Mapped[str] = mapped_column(Text)
    on_mars: Mapped[bool]  # Boolean
    born: Mapped[datetime.date]  # Date
    launched: Mapped[datetime.datetime]  # DateTime
    mass_kg: Mapped[decimal.Decimal] = mapped_column(Numeric(5, 1))
    role: Mapped[Role] = mapped_column(Enum(Role))  # VARCHAR sized to the longest name
    suit: Mapped[dict[str, Any]] = mapped_column(JSON)

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


engine = create_engine("sqlite://")
print(str(CreateTable(Base.metadata.tables["astronaut"]).compile(engine)).strip())

Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add(
        Astronaut(
            name="Mark Watney",
            bio="Botanist and mechanical engineer.",
            on_mars=True,
            born=datetime.date(2000, 10, 2),
            launched=datetime.datetime(2035, 7, 7, 9, 30),
            mass_kg=decimal.Decimal("74.5"),
            role=Role.botanist,
            suit={"size": "M", "patches": ["Ares III"]},
        )
    )
    session.commit()
    saved = session.scalars(select(Astronaut)).one()
    # Values come back as Python types, not strings
    print("born:", repr(saved.born))
    print("launched:", repr(saved.launched))
    print("mass_kg:", repr(saved.mass_kg))
    print("role:", saved.role)
    print("suit:", saved.suit)
