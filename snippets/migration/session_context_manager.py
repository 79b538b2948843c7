from migration_setup import Astronaut, Session

with Session.begin() as session:  # commits, or rolls back on error; closes
    session.add(Astronaut(name="Rick Martinez", ship_id=1))
with Session() as session:  # closes at the end; it does not commit
    print(session.get(Astronaut, 3))
