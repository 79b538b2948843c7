from sqlalchemy.orm import Session
from crud_setup import Astronaut, engine

with Session(engine) as session:
    session.add(Astronaut(name="Kelly Kapoor", role="flight director"))
    session.add_all([Astronaut(name="Mitch Henderson"), Astronaut(name="Rich")])
    print("pending:", len(session.new))  # nothing sent yet
    session.commit()
