# warns: LegacyAPIWarning
from sqlalchemy.orm import Session

from crud_setup import Astronaut, engine

with Session(engine) as session:
    print(session.query(Astronaut).get(6))  # Query.get() is legacy
