from sqlalchemy import create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker


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

# Still works, no warning, but commit/rollback/close are all manual
Session = sessionmaker(bind=engine)
session = Session()
try:
    session.add(Astronaut(name="Rick Martinez"))
    session.add(Astronaut(name="Alex Vogel"))
    session.commit()
except Exception:
    session.rollback()
    raise
finally:
    session.close()

session = Session.__call__()  # the same call, spelled out
print(session.scalars(select(Astronaut).order_by(Astronaut.id)).all())
session.close()
