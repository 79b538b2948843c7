from sqlalchemy import event, select
from sqlalchemy.orm import Mapped, Session, reconstructor
from mapping_tricks_setup import Base, engine, intpk


class Probe(Base):
    __tablename__ = "probe"
    id: Mapped[intpk]

    def __init__(self) -> None:  # runs for Probe() only, never for a loaded row
        print("__init__")

    @reconstructor
    def init_on_load(self) -> None:  # runs for each object built from a row
        print("reconstructor")


event.listen(Probe, "load", lambda probe, context: print("load event"))
engine.echo = False
Base.metadata.tables["probe"].create(engine)
with Session(engine) as session:
    session.add(Probe())
    session.commit()
    session.expunge_all()  # forget it, so the SELECT builds a new object
    session.scalars(select(Probe)).one()
