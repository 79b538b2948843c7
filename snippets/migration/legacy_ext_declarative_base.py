# warns: MovedIn20Warning
from sqlalchemy import Column, Integer, String, create_engine, select
from sqlalchemy.ext.declarative import declarative_base
from sqlalchemy.orm import Session

Base = declarative_base()  # the 1.x import path: warns


class Astronaut(Base):  # type: ignore[valid-type, misc]
    __tablename__ = "astronaut"

    id = Column(Integer, primary_key=True)
    name = Column(String(50), nullable=False)

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add(Astronaut(name="Melissa Lewis"))
    session.commit()
    print(session.scalars(select(Astronaut)).all())
