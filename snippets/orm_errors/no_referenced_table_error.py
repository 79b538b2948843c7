# raises: NoReferencedTableError
from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column
from orm_errors_setup import Base, engine


class Mission(Base):
    __tablename__ = "mission"
    id: Mapped[int] = mapped_column(primary_key=True)
    pilot_id: Mapped[int] = mapped_column(ForeignKey("astronauts.id"))  # astronaut


Base.metadata.create_all(engine)
