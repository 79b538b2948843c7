from sqlalchemy.orm import Session
from many_to_many_setup import Astronaut, engine

with Session(engine) as session:
    session.delete(session.get_one(Astronaut, 1))  # Lewis, on 2 missions
    session.commit()  # her two crew rows go; both missions stay
