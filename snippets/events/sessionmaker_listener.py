from sqlalchemy import create_engine, event
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

# A dedicated factory: its listeners reach only the sessions it makes.
# Never register on the Session class itself - that is process-wide.
HermesSession = sessionmaker(engine)


@event.listens_for(HermesSession, "after_commit")
def log_commit(session: Session) -> None:
    print("after_commit: a HermesSession committed")


with HermesSession() as session:
    session.add(Astronaut(name="Rick Martinez"))
    session.commit()

with Session(engine) as session:
    session.add(Astronaut(name="Beth Johansen"))
    session.commit()
    print("plain Session(engine) committed: no listener ran")
