# warns: MovedIn20Warning
from sqlalchemy import Column, Integer, String, create_engine
from sqlalchemy.ext.declarative import declarative_base
from sqlalchemy.schema import CreateTable

# The 1.x import path still works but warns: the function moved to sqlalchemy.orm
Base = declarative_base()


class Astronaut(Base):  # type: ignore[valid-type, misc]
    __tablename__ = "astronaut"

    id = Column(Integer, primary_key=True)
    name = Column(String(50), nullable=False)

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


engine = create_engine("sqlite://")
print(str(CreateTable(Base.metadata.tables["astronaut"]).compile(engine)).strip())
print(Astronaut(name="Mark Watney"))
