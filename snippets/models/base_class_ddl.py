from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase): ...  # a class: typed, and no warning


print(Base.metadata)  # a base owns a MetaData for its tables
