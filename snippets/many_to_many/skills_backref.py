from sqlalchemy import ForeignKey, inspect
from sqlalchemy.orm import Mapped, mapped_column, relationship
from many_to_many_setup import Astronaut, Base


class Skill(Base):
    __tablename__ = "skill"
    id: Mapped[int] = mapped_column(primary_key=True)
    astronaut_id: Mapped[int] = mapped_column(ForeignKey(Astronaut.id))
    astronaut: Mapped[Astronaut] = relationship(backref="skills")


print(inspect(Astronaut).attrs.keys())  # "skills" is declared nowhere
