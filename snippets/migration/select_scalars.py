from sqlalchemy import create_engine, func, select
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
    session.add_all(
        [
            Astronaut(name="Rick Martinez", role="pilot"),
            Astronaut(name="Alex Vogel", role="chemist"),
            Astronaut(name="Beth Johansen", role="sysop"),
        ]
    )
    session.commit()

    stmt = select(Astronaut).where(Astronaut.role != "pilot").order_by(Astronaut.name)
    print("all:", session.scalars(stmt).all())
    print("first:", session.scalars(stmt.limit(1)).first())
    count = session.scalar(select(func.count()).select_from(Astronaut))
    print("count:", count)
