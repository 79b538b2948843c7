import datetime

from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from sqlalchemy.schema import CreateTable


class Base(DeclarativeBase):
    pass


class Astronaut(Base):
    __tablename__ = "astronaut"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    # Python-side defaults: SQLAlchemy fills them in the INSERT, not the DDL
    ship: Mapped[str] = mapped_column(default="Hermes")
    # insert_default= is the same as default= (the name used with dataclasses)
    launched: Mapped[datetime.date] = mapped_column(
        insert_default=datetime.date(2035, 7, 7)
    )

    def __repr__(self) -> str:
        return (
            f"Astronaut(id={self.id}, name={self.name!r}, "
            f"ship={self.ship!r}, launched={self.launched})"
        )


engine = create_engine("sqlite://")
# No DEFAULT clause in the DDL: the database knows nothing about these defaults
print(str(CreateTable(Base.metadata.tables["astronaut"]).compile(engine)).strip())
Base.metadata.create_all(engine)
engine.echo = True

with Session(engine) as session:
    watney = Astronaut(name="Mark Watney")
    print("before flush:", watney)
    session.add(watney)
    session.commit()
    engine.echo = False
    print("after commit:", watney)
