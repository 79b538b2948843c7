from sqlalchemy import ForeignKey, create_engine, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Mission(Base):
    __tablename__ = "mission"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]

    def __repr__(self) -> str:
        return f"Mission(id={self.id}, name={self.name!r})"


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    role: Mapped[str | None]
    mission_id: Mapped[int] = mapped_column(ForeignKey("mission.id"))

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

# inspect(engine) reads the schema back from the database itself.
insp = inspect(engine)
print("tables:", insp.get_table_names())
for column in insp.get_columns("astronaut"):
    print(f"  {column['name']:10} {column['type']!s:8} nullable={column['nullable']}")
print("pk:", insp.get_pk_constraint("astronaut")["constrained_columns"])
for fk in insp.get_foreign_keys("astronaut"):
    print("fk:", fk["constrained_columns"], "->", fk["referred_table"])
