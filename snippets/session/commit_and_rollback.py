from sqlalchemy.orm import Session
from session_setup import Astronaut, engine, names

with Session(engine) as session:
    session.add(Astronaut(name="Rick Martinez"))
    session.commit()  # durable
    session.add(Astronaut(name="Beth Johansen"))
    session.rollback()  # discards everything since the last commit
    print(session.scalars(names).all())
