# raises: ArgumentError
from sqlalchemy.orm import Mapped
from mapping_tricks_setup import Base


class LogEntry(Base):  # no column has primary_key=True
    __tablename__ = "log_entry"
    sol: Mapped[int]
