from sqlalchemy import ForeignKey, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    logs: Mapped[list["LogEntry"]] = relationship(
        back_populates="astronaut", cascade="all, delete-orphan"
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

# expire_on_commit=False keeps the setup objects loaded, so only the move echoes.
with Session(engine, expire_on_commit=False) as session:
    watney = Astronaut(name="Mark Watney", logs=[LogEntry(note="Sol 6: alive")])
    lewis = Astronaut(name="Melissa Lewis", logs=[])
    session.add_all([watney, lewis])
    session.commit()

    engine.echo = True
    # Moved to another parent, the entry is not an orphan: UPDATE, not DELETE.
    lewis.logs.append(watney.logs[0])
    session.commit()
    engine.echo = False

    print("log entries:", session.scalars(select(LogEntry).order_by(LogEntry.id)).all())
