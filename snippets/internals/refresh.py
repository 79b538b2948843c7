from sqlalchemy import create_engine
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
    session.add(Astronaut(name="Rick Martinez", role="pilot"))
    session.commit()

engine.echo = True
with Session(engine) as session:
    print("--- get(): load the row")
    martinez = session.get_one(Astronaut, 1)
    martinez.role = "MAV pilot"  # changed in Python, not flushed
    print("dirty before refresh:", martinez in session.dirty)
    print("--- refresh(): an immediate SELECT, the unflushed change is discarded")
    session.refresh(martinez)
    print("role:", martinez.role)
    print("dirty after refresh:", martinez in session.dirty)
