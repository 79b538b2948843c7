from sqlalchemy import create_engine, inspect
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
    session.add(Astronaut(name="Beth Johansen", role="sysop"))
    session.commit()

engine.echo = True
with Session(engine) as session:
    print("--- get(): load the row")
    johansen = session.get_one(Astronaut, 1)
    johansen.role = "Hermes sysop"
    print("--- expunge(): no SQL; the object leaves the session")
    session.expunge(johansen)
    print("detached:", inspect(johansen).detached, "| in session:", johansen in session)
    print("--- commit(): nothing to flush, so no UPDATE")
    session.commit()

engine.echo = False
with Session(engine) as session:
    print("database role:", session.get_one(Astronaut, 1).role)
print("object role:", johansen.role)
