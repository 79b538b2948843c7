from sqlalchemy.orm import Mapped, mapped_column
from models_setup import Base


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]  # the annotation alone makes a plain column

    def __repr__(self) -> str:  # without it, print() shows a memory address
        return f"Astronaut(id={self.id}, name={self.name!r})"


print(Astronaut(name="Mark Watney"))
