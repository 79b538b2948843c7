from sqlalchemy import create_engine
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
with Session(engine) as session:
    session.add(Astronaut(id=6, name="Mark Watney"))
    session.commit()

engine.echo = True
with Session(engine) as session:
    first = session.get(Astronaut, 6)  # SELECT by primary key
    print("first get():", first)
    again = session.get(Astronaut, 6)  # identity map hit: no SQL
    print("second get() is the same object:", again is first)
    print("unknown key:", session.get(Astronaut, 99))
