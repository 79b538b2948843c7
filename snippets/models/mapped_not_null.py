from sqlalchemy import String, create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.schema import CreateTable


class Base(DeclarativeBase):
    pass


class Astronaut(Base):
    __tablename__ = "astronaut"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Mapped[str] means NOT NULL; write Mapped[str | None] for a nullable column
    name: Mapped[str] = mapped_column(String(50))
    role: Mapped[str] = mapped_column(String(30))

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


engine = create_engine("sqlite://")
print(str(CreateTable(Base.metadata.tables["astronaut"]).compile(engine)).strip())
