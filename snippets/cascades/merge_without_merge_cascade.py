from sqlalchemy import ForeignKey, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    logs: Mapped[list["LogEntry"]] = relationship(
        back_populates="astronaut", cascade="save-update"
    )

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

# expire_on_commit=False: watney and his logs stay loaded after the session ends.
with Session(engine, expire_on_commit=False) as session:
    watney = Astronaut(name="Mark Watney", logs=[LogEntry(note="Sol 6: alive")])
    session.add(watney)
    session.commit()

# Detached now: change a child and add one, outside any session.
watney.logs[0].note = "Sol 6: still alive"
watney.logs.append(LogEntry(note="Sol 61: potatoes"))

engine.echo = True
with Session(engine) as session:
    merged = session.merge(watney)  # no "merge": logs are not copied
    session.commit()
engine.echo = False
print("merge returned a copy:", merged is not watney)

with Session(engine) as session:
    print("log entries:", session.scalars(select(LogEntry).order_by(LogEntry.id)).all())
