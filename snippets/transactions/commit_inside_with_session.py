from sqlalchemy.orm import Session
from transactions_setup import Astronaut, engine

with Session(engine) as session:  # closing does not commit
    session.add(Astronaut(name="Melissa Lewis"))
    session.commit()  # this is what sends COMMIT
