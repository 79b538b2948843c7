from sqlalchemy import create_engine, select
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

# Session methods called on the registry go to the current scope's session.
Session.add(Astronaut(name="Beth Johansen"))
Session.add(Astronaut(name="Chris Beck"))
print("pending in Session():", len(Session().new))
Session.commit()

print(Session.scalars(select(Astronaut).order_by(Astronaut.id)).all())
print(Session.get(Astronaut, 1))

Session.remove()
