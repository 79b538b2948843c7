from typing import Optional

from sqlalchemy import String, create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.schema import CreateTable


class Base(DeclarativeBase):
    pass


class Astronaut(Base):
    __tablename__ = "astronaut"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))  # NOT NULL
    callsign: Mapped[Optional[str]] = mapped_column(String(20))  # NULL
    nickname: Mapped[str | None] = mapped_column(String(20))  # NULL, same thing
    # An explicit nullable= wins over the annotation
    ship: Mapped[str | None] = mapped_column(String(20), nullable=False)

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


engine = create_engine("sqlite://")
print(str(CreateTable(Base.metadata.tables["astronaut"]).compile(engine)).strip())
