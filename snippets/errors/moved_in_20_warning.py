# warns: MovedIn20Warning
from sqlalchemy import Column, Integer, String, create_engine
from sqlalchemy.ext.declarative import declarative_base
from sqlalchemy.orm import Session

# The 1.x import path still works in 2.x, but warns.
Base = declarative_base()


class Astronaut(Base):  # type: ignore[misc, valid-type]
    __tablename__ = "astronaut"
    id = Column(Integer, primary_key=True)
    name = Column(String, unique=True)

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add(Astronaut(name="Alex Vogel"))
    session.commit()
    print(session.get(Astronaut, 1))
