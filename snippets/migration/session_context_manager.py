from sqlalchemy import create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker


class Base(DeclarativeBase):
    pass


class Astronaut(Base):
    __tablename__ = "astronaut"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

# One-off: the with block closes the session (it does not commit)
with Session(engine) as session:
    session.add(Astronaut(name="Rick Martinez"))
    session.commit()

# Factory: .begin() commits on success, rolls back on error, then closes
SessionFactory = sessionmaker(engine)
with SessionFactory.begin() as session:
    session.add(Astronaut(name="Alex Vogel"))

with SessionFactory() as session:
    print(session.scalars(select(Astronaut).order_by(Astronaut.id)).all())
