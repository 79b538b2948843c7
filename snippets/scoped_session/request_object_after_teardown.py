# raises: DetachedInstanceError
from sqlalchemy import create_engine
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
Session = scoped_session(sessionmaker(engine))  # expire_on_commit=True by default


def handle_request(name: str) -> Astronaut:
    try:
        astronaut = Astronaut(name=name)
        Session.add(astronaut)
        Session.commit()  # expires astronaut's attributes
        return astronaut  # the object escapes the request ...
    finally:
        Session.remove()  # ... whose session is now closed


watney = handle_request("Mark Watney")
print("returned from the request; reading .name outside it:")
print(watney.name)
