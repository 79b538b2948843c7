import warnings

from sqlalchemy import create_engine, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]

    def __repr__(self) -> str:
        return f"<Astronaut {self.name}>"


engine = create_engine("sqlite://", echo=True)
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add(Astronaut(name="Mark Watney"))
    session.commit()
    print(session.get(Astronaut, 1), object())
print("<b>bold</b> *em*")
