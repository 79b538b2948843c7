# raises: AmbiguousForeignKeysError
from sqlalchemy.orm import Mapped, configure_mappers, relationship
from relationships_setup import Astronaut, Base, Spacewalk


class Unqualified(Base):  # spacewalk, without foreign_keys=
    __table__ = Spacewalk.__table__
    lead: Mapped[Astronaut] = relationship()  # lead or backup?


configure_mappers()  # as the first use of the mappings would
