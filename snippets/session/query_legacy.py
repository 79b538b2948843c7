# warns: LegacyAPIWarning
from sqlalchemy.orm import Session
from session_setup import Astronaut, engine

with Session(engine) as session:
    print(session.query(Astronaut).order_by(Astronaut.id).all())  # silent
    print(session.query(Astronaut).get(2))  # Query.get() does warn
