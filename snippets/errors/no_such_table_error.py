# raises: OperationalError
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session
from errors_setup import Astronaut

engine = create_engine("sqlite://")  # another, empty database: no create_all()
with Session(engine) as session:
    session.scalars(select(Astronaut)).all()
