from sqlalchemy.orm import Mapped
from models_setup import Base, create_table


@create_table
class Astronaut(Base):
    name: Mapped[str]  # NOT NULL: write Mapped[str | None] for NULL
