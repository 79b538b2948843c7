from sqlalchemy import create_engine, inspect, select
from sqlalchemy.exc import InvalidRequestError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


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


def end_and_inspect(session: Session, method: str) -> None:
    beck = Astronaut(name="Chris Beck")
    session.add(beck)
    session.flush()  # a transaction and one object in the identity map
    getattr(session, method)()
    print(f"{method}():")
    print("  object detached:", inspect(beck).detached)
    print("  objects left in session:", len(session.identity_map))
    print("  transaction open:", session.in_transaction())
    try:
        session.scalars(select(Astronaut)).all()
        print("  session reusable: True")
    except InvalidRequestError as err:
        print(f"  {type(err).__name__}: {err}")


end_and_inspect(Session(engine), "close")
end_and_inspect(Session(engine), "reset")

# With close_resets_only=False, close() ends the session for good; reset() never does.
print("--- close_resets_only=False ---")
end_and_inspect(Session(engine, close_resets_only=False), "close")
end_and_inspect(Session(engine, close_resets_only=False), "reset")
