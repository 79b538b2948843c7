from sqlalchemy import create_engine, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Ship(Base):
    __tablename__ = "ship"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]

    def __repr__(self) -> str:
        return f"Ship(id={self.id}, name={self.name!r})"


engine = create_engine("sqlite://", echo=True)
print("-- create_all: checks, then creates")
Base.metadata.create_all(engine)
print("-- create_all again: the table exists, nothing is created")
Base.metadata.create_all(engine)
print("-- drop_all")
Base.metadata.drop_all(engine)
engine.echo = False
print("tables left:", inspect(engine).get_table_names())
