from sqlalchemy import create_engine, inspect, update
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    role: Mapped[str]

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add(Astronaut(name="Mark Watney", role="botanist"))
    session.commit()

# expire_on_commit=False keeps loaded values across commit (they can go stale).
with Session(engine, expire_on_commit=False) as session:
    watney = session.get_one(Astronaut, 1)
    # synchronize_session=False: the UPDATE runs, the loaded object is not told.
    session.execute(
        update(Astronaut).where(Astronaut.id == 1).values(role="space pirate"),
        execution_options={"synchronize_session": False},
    )
    session.commit()
    print("stale:", watney.role)
    engine.echo = True
    print("--- expire(): no SQL, the attributes are just marked unloaded")
    session.expire(watney)
    print("expired attributes:", sorted(inspect(watney).expired_attributes))
    print("--- next attribute access: a SELECT")
    print("fresh:", watney.role)
