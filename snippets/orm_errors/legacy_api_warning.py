# warns: LegacyAPIWarning
from orm_errors_setup import Astronaut, Session

with Session() as session:
    print(session.query(Astronaut).get(2))  # Query.get() is legacy
