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
    session.add(Astronaut(name="Melissa Lewis", role="commander"))
    session.add_all(
        [
            Astronaut(name="Rick Martinez", role="pilot"),
            Astronaut(name="Mark Watney", role="botanist"),
        ]
    )
    print("pending:", len(session.new))
    session.commit()  # nothing reaches the database until flush/commit

    for astronaut in session.scalars(select(Astronaut).order_by(Astronaut.id)):
        print(astronaut)
