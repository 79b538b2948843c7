from sqlalchemy import Column, Integer, String, create_engine
from sqlalchemy.orm import declarative_base
from sqlalchemy.schema import CreateTable

# The sqlalchemy.orm spelling raises no warning in 2.1, but it is untyped
Base = declarative_base()


class Astronaut(Base):  # type: ignore[valid-type, misc]
    __tablename__ = "astronaut"

    id = Column(Integer, primary_key=True)
    # Column() is nullable unless told otherwise
    name = Column(String(50))
    role = Column(String(30))

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


engine = create_engine("sqlite://")
print(str(CreateTable(Base.metadata.tables["astronaut"]).compile(engine)).strip())
