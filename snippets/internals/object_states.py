from sqlalchemy import create_engine, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Astronaut(Base):
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]

    def __repr__(self) -> str:
        return f"Astronaut(id={self.id}, name={self.name!r})"


STATES = ["transient", "pending", "persistent", "deleted", "detached"]
rows: list[tuple[str, list[bool]]] = []


def record(step: str, obj: Astronaut) -> None:
    state = inspect(obj)
    rows.append((step, [getattr(state, name) for name in STATES]))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)

watney = Astronaut(name="Mark Watney")
record("Astronaut(...)", watney)
with Session(engine) as session:
    session.add(watney)
    record("session.add()", watney)
    session.flush()
    record("session.flush()", watney)
    session.delete(watney)
    record("session.delete()", watney)
    session.flush()
    record("delete + flush()", watney)
    session.commit()
    record("session.commit()", watney)

# Print the walk as a plain-text table: one row per step, "x" marks the state.
width = max(len(step) for step, _ in rows)
print(f"{'step':<{width}} | " + " | ".join(STATES))
print("-" * width + "-+-" + "-+-".join("-" * len(name) for name in STATES))
for step, flags in rows:
    cells = [
        ("x" if flag else "").center(len(name))
        for name, flag in zip(STATES, flags, strict=True)
    ]
    print((f"{step:<{width}} | " + " | ".join(cells)).rstrip())
