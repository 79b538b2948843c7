from sqlalchemy import create_engine, event
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker


class Base(DeclarativeBase):
    pass


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
AresSession = sessionmaker(engine)  # listeners below reach only its sessions


@event.listens_for(AresSession, "after_begin")
def began(session: Session, transaction: object, connection: object) -> None:
    print("after_begin")


@event.listens_for(AresSession, "after_commit")
def committed(session: Session) -> None:
    print("after_commit")


@event.listens_for(AresSession, "after_rollback")
def rolled_back(session: Session) -> None:
    print("after_rollback")


with AresSession() as session:
    print("--- add + commit")
    session.add(Astronaut(name="Melissa Lewis"))
    session.commit()
    print("--- add + rollback")
    session.add(Astronaut(name="Mark Watney"))
    session.flush()
    session.rollback()
    print("--- close with nothing begun: no events")
