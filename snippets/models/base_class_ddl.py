from sqlalchemy import String, create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.schema import CreateTable


# 2.0: subclass DeclarativeBase; the class itself is the base
class Base(DeclarativeBase):
    pass


class Astronaut(Base):
    __tablename__ = "astronaut"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


engine = create_engine("sqlite://")
print(str(CreateTable(Base.metadata.tables["astronaut"]).compile(engine)).strip())
print(Astronaut(name="Mark Watney"))
