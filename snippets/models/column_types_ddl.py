from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column
from models_setup import Base, create_table


@create_table
class Astronaut(Base):
    name: Mapped[str] = mapped_column(String(50))  # a length needs a type
    on_mars: Mapped[bool]
    photo: Mapped[bytes]  # BLOB: like Decimal, UUID, Enum, no type needed
