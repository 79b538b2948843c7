from sqlalchemy.orm import Session
from results_setup import Astronaut, engine

with Session(engine) as session:
    lewis = session.get_one(Astronaut, 1)
    print(sorted(vars(lewis)))  # vars(obj) is obj.__dict__
    session.commit()  # expires every attribute
    print(sorted(vars(lewis)))
