from sqlalchemy import ForeignKey, select
from sqlalchemy.orm import Mapped, Session, mapped_column
from mapping_tricks_setup import Base, Crew, engine, str50


class Engineer(Crew):  # its own table, keyed on crew.id
    __tablename__ = "engineer"
    id: Mapped[int] = mapped_column(ForeignKey("crew.id"), primary_key=True)
    field: Mapped[str50]
    __mapper_args__ = {"polymorphic_identity": "engineer"}


Base.metadata.tables["engineer"].create(engine)
with Session(engine) as session:
    session.add(Engineer(name="Beth Johansen", field="systems"))
    print(session.execute(select(Engineer.name, Engineer.field)).all())
