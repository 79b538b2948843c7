# raises: NoForeignKeysError
from sqlalchemy.orm import Mapped, configure_mappers, mapped_column, relationship
from orm_errors_setup import Base


class Mission(Base):
    __tablename__ = "mission"
    id: Mapped[int] = mapped_column(primary_key=True)
    crew: Mapped[list["Crew"]] = relationship()


class Crew(Base):
    __tablename__ = "crew"
    id: Mapped[int] = mapped_column(primary_key=True)
    mission_id: Mapped[int]  # needs mapped_column(ForeignKey("mission.id"))


configure_mappers()  # the first query or Mission() does this too
