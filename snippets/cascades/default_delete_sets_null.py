from sqlalchemy import ForeignKey, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    logs: Mapped[list["LogEntry"]] = relationship(back_populates="astronaut")

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


class LogEntry(Base):
    __tablename__ = "log_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    note: Mapped[str]
    astronaut_id: Mapped[int | None] = mapped_column(ForeignKey("astronaut.id"))
    astronaut: Mapped[Astronaut | None] = relationship(back_populates="logs")

    def __repr__(self) -> str:
        return (
            f"LogEntry(id={self.id}, astronaut_id={self.astronaut_id}, {self.note!r})"
        )


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

with Session(engine) as session:
    watney = Astronaut(name="Mark Watney")
    watney.logs = [LogEntry(note="Sol 6: alive"), LogEntry(note="Sol 61: potatoes")]
    session.add(watney)
    session.commit()

engine.echo = True
with Session(engine) as session:
    # Default cascade is "save-update, merge": no delete, so the children are
    # loaded and detached from the parent by setting their foreign key to NULL.
    session.delete(session.get_one(Astronaut, 1))
    session.commit()
engine.echo = False

with Session(engine) as session:
    print("log entries:", session.scalars(select(LogEntry).order_by(LogEntry.id)).all())
