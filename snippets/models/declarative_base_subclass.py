from sqlalchemy import create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Astronaut(Base):
    __tablename__ = "astronaut"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The annotation alone is enough: no mapped_column() needed for a plain column
    name: Mapped[str]
    role: Mapped[str]

    # Without __repr__, print() shows only the class name and a memory address.
    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r}, role={self.role!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

with Session(engine) as session:
    session.add_all(
        [
            Astronaut(name="Melissa Lewis", role="commander"),
            Astronaut(name="Mark Watney", role="botanist"),
        ]
    )
    session.commit()
    for astronaut in session.scalars(select(Astronaut).order_by(Astronaut.id)):
        print(astronaut)

print("columns:", Base.metadata.tables["astronaut"].c.keys())
