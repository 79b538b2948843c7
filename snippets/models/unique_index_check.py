from sqlalchemy import CheckConstraint, String, UniqueConstraint, create_engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from sqlalchemy.schema import CreateIndex, CreateTable


class Base(DeclarativeBase):
    pass


class Astronaut(Base):
    __tablename__ = "astronaut"
    # Table-level constraints (several columns, or a named CHECK) go here
    __table_args__ = (
        UniqueConstraint("ship", "bunk"),
        CheckConstraint("sols >= 0", name="sols_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)
    ship: Mapped[str] = mapped_column(String(20), index=True)
    bunk: Mapped[int]
    sols: Mapped[int] = mapped_column(default=0)

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


engine = create_engine("sqlite://")
table = Base.metadata.tables["astronaut"]
print(str(CreateTable(table).compile(engine)).strip())
for index in sorted(table.indexes, key=lambda ix: str(ix.name)):
    print(CreateIndex(index).compile(engine))

Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add(Astronaut(name="Chris Beck", ship="Hermes", bunk=1))
    session.commit()
    for bad in [
        Astronaut(name="Chris Beck", ship="Hermes", bunk=2),  # name taken
        Astronaut(name="Beth Johansen", ship="Hermes", bunk=1),  # bunk taken
        Astronaut(name="Mark Watney", ship="Hermes", bunk=3, sols=-1),
    ]:
        session.add(bad)
        try:
            session.commit()
        except IntegrityError as err:
            session.rollback()
            print(f"{type(err).__name__}: {err.orig}")
