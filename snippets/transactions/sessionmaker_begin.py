from sqlalchemy.orm import sessionmaker
from transactions_setup import Astronaut, engine

SessionLocal = sessionmaker(engine)
with SessionLocal.begin() as session:  # BEGIN at the first statement
    print("bound to:", type(session).__name__)
    session.add(Astronaut(name="Mark Watney"))
