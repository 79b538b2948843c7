# warns: LegacyAPIWarning
from migration_setup import Astronaut, Session

with Session() as session:
    print(session.query(Astronaut).get(2))  # warns on every call
