from sqlalchemy import create_engine, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker


class Base(DeclarativeBase):
    pass


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
Session = sessionmaker(engine, expire_on_commit=False)

with Session() as session:
    watney = Astronaut(name="Mark Watney")
    session.add(watney)
    session.commit()
    print("expired after commit:", sorted(inspect(watney).expired_attributes))

# Detached, but the loaded values stay readable.
print("detached:", inspect(watney).detached, "->", watney)
