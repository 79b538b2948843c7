# warns: SAWarning
from sqlalchemy import ForeignKey, create_engine, select
from sqlalchemy.exc import ArgumentError
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
    session.add(watney)
    session.commit()
    print("watney.logs:", watney.logs)  # loaded now, so no autoflush below

    # The many-to-one assignment also appends the entry to watney.logs, but
    # since 2.0 that backref event does not cascade the entry into the session.
    entry = LogEntry(note="Sol 6: alive", astronaut=watney)
    print("entry in watney.logs:", entry in watney.logs)
    print("entry in session:", entry in session)
    session.flush()  # warns, and does not save the entry
    print("entry in session after flush:", entry in session)

    session.add(entry)  # the fix: add it yourself
    session.commit()
    print("log entries:", session.scalars(select(LogEntry).order_by(LogEntry.id)).all())

# The 1.x switch that restored the old behaviour is gone.
try:
    relationship(LogEntry, cascade_backrefs=True)
except ArgumentError as err:
    print(f"{type(err).__name__}: {err}")
