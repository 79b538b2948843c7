import tempfile

from sqlalchemy import create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


names = select(Astronaut.name)

# A file database, so the second session really uses a second connection.
with tempfile.TemporaryDirectory() as tmp:
    engine = create_engine(f"sqlite:///{tmp}/ares.db")
    Base.metadata.create_all(engine)

    with Session(engine) as writer, Session(engine) as reader:
        writer.add(Astronaut(name="Alex Vogel"))
        writer.flush()  # the INSERT is sent, inside writer's open transaction
        print("writer sees after flush():", writer.scalars(names).all())
        print("reader sees after flush():", reader.scalars(names).all())
        reader.rollback()  # end the reader's read transaction

        writer.rollback()  # a flushed row is still undone by rollback
        print("writer sees after rollback():", writer.scalars(names).all())

        writer.add(Astronaut(name="Alex Vogel"))
        writer.commit()
        print("reader sees after commit():", reader.scalars(names).all())

    engine.dispose()
