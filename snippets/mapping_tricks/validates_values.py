# raises: ValueError
from sqlalchemy.orm import Mapped, validates
from mapping_tricks_setup import Base, intpk


class Sol(Base):
    __tablename__ = "sol"
    id: Mapped[intpk]
    number: Mapped[int]

    @validates("number")
    def check_number(self, key: str, value: int) -> int:  # on every assignment
        if value < 0:
            raise ValueError(f"{key} must be >= 0, not {value}")
        return value  # what is returned is what gets stored


print(Sol(number=6).number)
Sol(number=-1)
