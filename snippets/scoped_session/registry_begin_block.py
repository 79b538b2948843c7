from sqlalchemy import create_engine, select
from sqlalchemy.exc import InvalidRequestError
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    mapped_column,
    scoped_session,
    sessionmaker,
)


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
Session = scoped_session(sessionmaker(engine))

# A read autobegins a transaction in the scope's session, which stays open.
Session.scalars(select(Astronaut)).all()
try:
    Session.begin()
except InvalidRequestError as err:
    print(f"{type(err).__name__}: {err}")

Session.commit()  # end the autobegun transaction first
# Session.begin() is Session().begin(): `as` binds a transaction, not a session.
with Session.begin() as tx:
    print("Session.begin() as tx ->", type(tx).__name__)
    Session.add(Astronaut(name="Mark Watney"))

print(Session.scalars(select(Astronaut)).all())
Session.remove()
