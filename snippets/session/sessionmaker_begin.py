from sqlalchemy import create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker


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
Session = sessionmaker(engine)

# Opens a session, begins, commits at the end (rollback on error), closes.
with Session.begin() as session:
    session.add_all([Astronaut(name="Beth Johansen"), Astronaut(name="Mark Watney")])
    print("bound to:", type(session).__name__)

with Session() as session:
    print(session.scalars(select(Astronaut).order_by(Astronaut.id)).all())
