from migration_setup import Astronaut, Session, Ship

with Session() as session:  # Query silently filters the last joined entity
    print(session.query(Astronaut).join(Ship).filter_by(name="MAV").all())
