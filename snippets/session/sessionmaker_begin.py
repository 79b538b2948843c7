from sqlalchemy.orm import sessionmaker
from session_setup import Astronaut, engine, names

Session = sessionmaker(engine)
with Session.begin() as session:  # begin; commit or roll back; close
    session.add(Astronaut(name="Beth Johansen"))
with Session() as session:
    print(session.scalars(names).all())
