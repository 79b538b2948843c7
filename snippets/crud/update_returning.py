from sqlalchemy import create_engine, update
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    sols_on_mars: Mapped[int]

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add_all(
        [
            Astronaut(name="Melissa Lewis", sols_on_mars=6),
            Astronaut(name="Mark Watney", sols_on_mars=6),
        ]
    )
    session.commit()

engine.echo = True
with Session(engine) as session:
    # the new value comes back in the same round trip: no SELECT afterwards
    stmt = (
        update(Astronaut)
        .where(Astronaut.name == "Mark Watney")
        .values(sols_on_mars=Astronaut.sols_on_mars + 543)
        .returning(Astronaut.name, Astronaut.sols_on_mars)
    )
    for name, sols in session.execute(stmt):
        print(f"{name}: {sols} sols on Mars")
    session.commit()
