# warns: SAWarning
from sqlalchemy import create_engine, select
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

with Session(engine) as session:
    # First thing in the transaction: ask for a connection with the level.
    conn = session.connection(execution_options={"isolation_level": "READ UNCOMMITTED"})
    print("this transaction:", conn.get_isolation_level())
    session.commit()
    # The connection went back to the pool and was reset.
    print("next transaction:", session.connection().get_isolation_level())

with Session(engine) as session:
    session.scalars(select(Astronaut)).all()  # autobegin already picked a connection
    conn = session.connection(execution_options={"isolation_level": "READ UNCOMMITTED"})
    print("too late:", conn.get_isolation_level())
