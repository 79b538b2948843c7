from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


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
count = select(func.count()).select_from(Astronaut)

# Leaving the block closes the session: the open transaction is rolled back.
with Session(engine) as session:
    session.add(Astronaut(name="Mark Watney"))
    print("inside, pending:", list(session.new))

with Session(engine) as session:
    print("rows after block without commit():", session.scalar(count))

# Only an explicit commit() makes the write durable.
with Session(engine) as session:
    session.add(Astronaut(name="Mark Watney"))
    session.commit()

with Session(engine) as session:
    print("rows after block with commit():", session.scalar(count))
