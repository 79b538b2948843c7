from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase): ...  # no warning; Mapped[] type-checks


print(Base.metadata)
