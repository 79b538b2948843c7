from sqlalchemy import select
from sqlalchemy.orm import Session
from mapping_tricks_setup import Mission, engine

with Session(engine) as session:
    ares3 = session.scalars(select(Mission).where(Mission.sols > 500)).one()
    print(ares3.sols)  # the same function, run in Python
