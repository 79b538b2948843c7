from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import DeclarativeBase, Mapped, Mapper, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    call_sign: Mapped[str]

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


# A mapper event on this snippet's own class: it reaches only Astronaut rows.
@event.listens_for(Astronaut, "before_insert")
def fill_call_sign(
    mapper: Mapper[Astronaut], conn: Connection, target: Astronaut
) -> None:
    if target.call_sign is None:  # not given: derive it before the INSERT
        target.call_sign = target.name.split()[-1].upper()


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

with Session(engine) as session:
    session.add(Astronaut(name="Mark Watney"))
    session.add(Astronaut(name="Melissa Lewis", call_sign="COMMANDER"))
    session.commit()

with Session(engine) as session:
    for astronaut in session.scalars(select(Astronaut).order_by(Astronaut.id)):
        print(astronaut, "call_sign:", astronaut.call_sign)
