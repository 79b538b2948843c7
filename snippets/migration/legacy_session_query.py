from migration_setup import Astronaut, Session

with Session() as session:  # Query runs, with no warning in 2.1
    print(session.query(Astronaut).filter(Astronaut.id > 1).all())
