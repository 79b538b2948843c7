import dataclasses

from sqlalchemy.orm import Mapped, MappedAsDataclass, Session, mapped_column
from results_setup import Base, engine


class Probe(MappedAsDataclass, Base):  # a real dataclass, and mapped
    __tablename__ = "probe"
    id: Mapped[int] = mapped_column(init=False, primary_key=True)
    name: Mapped[str]


Base.metadata.create_all(engine)
with Session(engine) as session:
    session.add(Probe("Pathfinder"))
    session.commit()
    probe = session.get_one(Probe, 1)
    print(probe)  # the dataclass __repr__
    print(dataclasses.asdict(probe))
