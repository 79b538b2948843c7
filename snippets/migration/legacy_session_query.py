from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Astronaut(Base):
    __tablename__ = "astronaut"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    role: Mapped[str]

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add_all(
        [
            Astronaut(name="Rick Martinez", role="pilot"),
            Astronaut(name="Alex Vogel", role="chemist"),
            Astronaut(name="Beth Johansen", role="sysop"),
        ]
    )
    session.commit()

    # Query is legacy but still runs, with no warning in 2.1
    query = session.query(Astronaut).filter(Astronaut.role != "pilot")
    print("all:", query.order_by(Astronaut.name).all())
    print("first:", query.order_by(Astronaut.name).first())
    print("count:", session.query(Astronaut).count())
