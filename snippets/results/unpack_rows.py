from sqlalchemy import select
from sqlalchemy.orm import Session
from results_setup import Astronaut, engine

stmt = select(Astronaut.name, Astronaut.hired).order_by(Astronaut.id)
with Session(engine) as session:
    for name, hired in session.execute(stmt):  # typed str, date in 2.1
        print(name, hired.year)
