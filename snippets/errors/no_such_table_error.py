# raises: OperationalError (sqlite), ProgrammingError (postgresql)
from sqlalchemy import select
from sqlalchemy.orm import Mapped, mapped_column
from errors_setup import Base, Session


class Mission(Base):  # defined after the setup's create_all(): no table
    __tablename__ = "mission"
    id: Mapped[int] = mapped_column(primary_key=True)


with Session() as session:
    session.scalars(select(Mission)).all()
