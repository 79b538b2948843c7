from sqlalchemy.orm import Session
from crud_setup import Astronaut, engine

with Session(engine) as session:
    martinez = session.get(Astronaut, 2)
    session.delete(martinez)  # marked for deletion; the DELETE runs at flush
    session.commit()
