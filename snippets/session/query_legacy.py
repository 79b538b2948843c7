# warns: LegacyAPIWarning
from sqlalchemy import create_engine
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

Session = sessionmaker(bind=engine)
session = Session()
session.add_all([Astronaut(name="Melissa Lewis"), Astronaut(name="Mark Watney")])
session.commit()

print(session.query(Astronaut).order_by(Astronaut.id).all())  # no warning in 2.1
print(session.query(Astronaut).get(2))  # Query.get() does warn
session.close()
