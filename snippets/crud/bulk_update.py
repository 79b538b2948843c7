from sqlalchemy import create_engine, update
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    role: Mapped[str]

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r}, role={self.role!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add_all(
        [
            Astronaut(name="Melissa Lewis", role="commander"),
            Astronaut(name="Rick Martinez", role="pilot"),
            Astronaut(name="Mark Watney", role="botanist"),
        ]
    )
    session.commit()

engine.echo = True
with Session(engine) as session:
    lewis = session.get(Astronaut, 1)
    assert lewis is not None
    # one UPDATE for every matching row; objects already loaded are patched too
    session.execute(
        update(Astronaut)
        .where(Astronaut.role != "botanist")
        .values(role="Hermes crew"),
        execution_options={"synchronize_session": "auto"},
    )
    print(f"loaded object after update(): {lewis}")

    # synchronize_session=False skips that step: the loaded object is now stale
    session.execute(
        update(Astronaut).where(Astronaut.id == 1).values(role="commander"),
        execution_options={"synchronize_session": False},
    )
    print(f"with synchronize_session=False: {lewis}")
    session.commit()  # commit expires everything, so the next read is fresh
    print(f"after commit: {lewis}")  # f-string: the reload's SQL prints first
