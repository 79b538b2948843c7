import os

from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
from sqlalchemy.schema import CreateIndex, CreateTable

engine = create_engine(os.environ.get("DATABASE_URL", "sqlite://"))


class Base(DeclarativeBase):  # every model gets this id, listed first
    id: Mapped[int] = mapped_column(primary_key=True, sort_order=-1)

    @declared_attr.directive
    def __tablename__(cls) -> str:  # class Ship: table "ship"
        return cls.__name__.lower()


class Ship(Base): ...  # the smallest model: just the base's id


def create_table(model):  # print the model's DDL, then create its table
    print(str(CreateTable(model.__table__).compile(engine)).strip())
    for index in model.__table__.indexes:
        print(CreateIndex(index).compile(engine))
    model.__table__.create(engine)
    return model
