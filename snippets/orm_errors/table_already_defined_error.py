# raises: InvalidRequestError
from sqlalchemy.orm import Mapped, mapped_column
from orm_errors_setup import Base


class Pilot(Base):  # a second class for the setup's "astronaut" table
    __tablename__ = "astronaut"
    id: Mapped[int] = mapped_column(primary_key=True)
