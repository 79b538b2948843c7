from sqlalchemy import create_engine, event
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
Factory = sessionmaker(engine)


# 1. The decorator registers at definition time.
@event.listens_for(Factory, "after_commit")
def decorated(session: Session) -> None:
    print("after_commit: registered with @event.listens_for")


# 2. The function call registers whenever you choose - here, conditionally.
def plain(session: Session) -> None:
    print("after_commit: registered with event.listen")


verbose = True
if verbose:
    event.listen(Factory, "after_commit", plain)

# Listeners run in registration order.
with Factory() as session:
    session.add(Astronaut(name="Alex Vogel"))
    session.commit()
