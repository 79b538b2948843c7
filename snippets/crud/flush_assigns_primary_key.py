from sqlalchemy.orm import Session
from crud_setup import Astronaut, engine

with Session(engine) as session:
    kapoor = Astronaut(name="Kelly Kapoor")
    session.add(kapoor)
    print("before flush:", kapoor.id)
    session.flush()  # sends the INSERT; the database hands back the new id
    print("after flush:", kapoor.id)
