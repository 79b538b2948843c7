from sqlalchemy import create_engine, text
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from sqlalchemy.schema import CreateTable


class Base(DeclarativeBase):
    pass


class Astronaut(Base):
    __tablename__ = "astronaut"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    # server_default= goes into the DDL; the database fills the value in
    ship: Mapped[str] = mapped_column(server_default="Hermes")
    sols: Mapped[int] = mapped_column(server_default=text("0"))

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r}, ship={self.ship!r})"


engine = create_engine("sqlite://")
print(str(CreateTable(Base.metadata.tables["astronaut"]).compile(engine)).strip())
Base.metadata.create_all(engine)
engine.echo = True

with Session(engine) as session:
    watney = Astronaut(name="Mark Watney")
    session.add(watney)
    # The INSERT leaves ship and sols out; RETURNING brings back what the DB chose
    session.flush()
    print("after flush:", watney, "sols:", watney.sols)
    session.commit()
