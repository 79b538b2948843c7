# sqlalchemy: 2.1
# warns: SADeprecationWarning
from sqlalchemy import select
from sqlalchemy.orm import Session
from results_setup import Astronaut, engine

stmt = select(Astronaut.name, Astronaut.hired).order_by(Astronaut.id)
with Session(engine) as session:
    for name, hired in session.execute(stmt).tuples():  # 2.0 workaround
        print(name, hired.year)
