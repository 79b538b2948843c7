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


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
engine.echo = True  # only the session's SQL from here on

with Session(engine) as session:
    print("in transaction before any work:", session.in_transaction())
    # No begin() call: the first statement starts the transaction by itself.
    session.scalars(select(Astronaut)).all()
    print("in transaction after a SELECT:", session.in_transaction())
    session.commit()
    print("in transaction after commit():", session.in_transaction())
