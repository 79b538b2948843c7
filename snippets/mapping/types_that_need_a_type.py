# raises: MappedAnnotationError
from sqlalchemy.orm import Mapped
from mapping_setup import Base, intpk


class Probe(Base):
    __tablename__ = "probe"
    id: Mapped[intpk]
    readings: Mapped[dict[str, int]]  # no default type for dict: pass JSON
