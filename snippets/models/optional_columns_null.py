from sqlalchemy.orm import Mapped, mapped_column
from models_setup import Base, create_table


@create_table
class Astronaut(Base):
    nickname: Mapped[str | None]  # NULL; Optional[str] is the same
    ship: Mapped[str | None] = mapped_column(nullable=False)  # this wins
