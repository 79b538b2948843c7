from sqlalchemy import create_engine, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker


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

# Wrong: `as` binds what begin() returns, and nothing closes the Session.
lewis = Astronaut(name="Melissa Lewis")
with Session(engine).begin() as x:
    print("Session(engine).begin() as x ->", type(x).__name__)
    print("  x has .add():", hasattr(x, "add"))
    x.session.add(lewis)
print("  afterwards, still in an open session:", inspect(lewis).persistent)

# Right: both forms bind a Session, commit, then close it.
beck = Astronaut(name="Chris Beck")
with Session(engine) as session, session.begin():
    print("Session(engine) as s, s.begin() ->", type(session).__name__)
    session.add(beck)
print("  afterwards, detached (session closed):", inspect(beck).detached)

with sessionmaker(engine).begin() as session:
    print("sessionmaker(engine).begin() as s ->", type(session).__name__)
