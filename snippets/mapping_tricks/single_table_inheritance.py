from sqlalchemy import select
from sqlalchemy.orm import Session
from mapping_tricks_setup import Crew, engine


class Pilot(Crew):  # no __tablename__: its rows go in crew, kind="pilot"
    __mapper_args__ = {"polymorphic_identity": "pilot"}


with Session(engine) as session:
    session.add(Pilot(name="Rick Martinez"))
    print(session.scalars(select(Pilot.name)).all())
