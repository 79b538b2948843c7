# targets: sqlite, postgresql
from sqlalchemy import Identity, Sequence
from sqlalchemy.orm import Mapped, Session, mapped_column
from models_setup import Base, create_table, engine


@create_table
class Probe(Base):  # an identity column where the database has them
    id: Mapped[int] = mapped_column(Identity(start=100), primary_key=True)


@create_table
class Rover(Base):  # create() also runs CREATE SEQUENCE where there are sequences
    id: Mapped[int] = mapped_column(Sequence("rover_id", start=10), primary_key=True)


engine.echo = True
with Session(engine) as session:
    session.add_all([probe := Probe(), rover := Rover()])
    session.flush()
    print(probe.id, rover.id)
