import os
from typing import Annotated, Any

from sqlalchemy import ForeignKey, MetaData, create_engine
from sqlalchemy.ext.associationproxy import association_proxy
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship
from sqlalchemy.schema import CreateTable
from sqlalchemy.types import String

intpk = Annotated[int, mapped_column(primary_key=True)]
str50 = Annotated[str, mapped_column(String(50))]
convention = {  # the set SQLAlchemy's docs recommend
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",  # a CHECK needs a name of its own
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=convention)


class Mission(Base):
    __tablename__ = "mission"
    id: Mapped[intpk]
    first_sol: Mapped[int]
    last_sol: Mapped[int]
    crew: Mapped[list["Crew"]] = relationship()
    crew_names = association_proxy("crew", "name", creator=lambda n: Crew(name=n))

    @hybrid_property
    def sols(self) -> int:
        return self.last_sol - self.first_sol


class Crew(Base):  # also the root class of the inheritance examples
    __tablename__ = "crew"
    id: Mapped[intpk]
    name: Mapped[str50] = mapped_column(unique=True)
    kind: Mapped[str50]  # which class a row belongs to
    mission_id: Mapped[int | None] = mapped_column(ForeignKey("mission.id"))
    __mapper_args__ = {"polymorphic_on": "kind", "polymorphic_identity": "crew"}


engine = create_engine(os.environ.get("DATABASE_URL", "sqlite://"))
Base.metadata.create_all(engine)
with Session(engine) as session:
    watney = Crew(name="Mark Watney")
    session.add(Mission(first_sol=6, last_sol=549, crew=[watney]))
    session.commit()
engine.echo = True  # most examples below show the SQL they send


def ddl(model: Any) -> None:
    print(str(CreateTable(model.__table__).compile(engine)).strip())
