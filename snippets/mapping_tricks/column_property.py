from sqlalchemy import select
from sqlalchemy.orm import Mapped, Session, column_property, mapped_column
from mapping_tricks_setup import Base, engine, intpk, str50


class Person(Base):
    __tablename__ = "person"
    id: Mapped[intpk]
    first: Mapped[str50] = mapped_column()  # assigned: a name the class can use
    last: Mapped[str50] = mapped_column()
    full_name: Mapped[str] = column_property(first + " " + last)


Base.metadata.tables["person"].create(engine)
with Session(engine) as session:
    session.add(Person(first="Mark", last="Watney"))
    print(session.scalars(select(Person)).one().full_name)
