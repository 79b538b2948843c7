from sqlalchemy import create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    role: Mapped[str]

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r}, role={self.role!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add_all(
        [
            Astronaut(name="Melissa Lewis", role="commander"),
            Astronaut(name="Rick Martinez", role="pilot"),
            Astronaut(name="Mark Watney", role="botanist"),
        ]
    )
    session.commit()

engine.echo = True
with Session(engine) as session:
    martinez = session.get(Astronaut, 2)
    session.delete(martinez)  # marked for deletion; the DELETE runs at flush
    session.commit()
engine.echo = False

with Session(engine) as session:
    for astronaut in session.scalars(select(Astronaut).order_by(Astronaut.id)):
        print("left:", astronaut)
