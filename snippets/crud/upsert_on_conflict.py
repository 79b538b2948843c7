from sqlalchemy import create_engine, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)  # the conflict target
    role: Mapped[str]

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r}, role={self.role!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add(Astronaut(name="Mark Watney", role="botanist"))
    session.commit()

stmt = insert(Astronaut).values(
    [
        {"name": "Mark Watney", "role": "space pirate"},  # exists: updated
        {"name": "Beth Johansen", "role": "sysop"},  # new: inserted
    ]
)
# `excluded` is the row that was refused, so its values win
stmt = stmt.on_conflict_do_update(
    index_elements=[Astronaut.name], set_={"role": stmt.excluded.role}
)
engine.echo = True
with Session(engine) as session:
    session.execute(stmt)
    session.commit()
engine.echo = False

with Session(engine) as session:
    for astronaut in session.scalars(select(Astronaut).order_by(Astronaut.id)):
        print(astronaut)
