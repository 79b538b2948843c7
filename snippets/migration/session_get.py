from migration_setup import Astronaut, Session

with Session() as session:  # the object, or None for a missing key
    print(session.get(Astronaut, 2), session.get(Astronaut, 99))
