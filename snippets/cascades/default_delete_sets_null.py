from cascades_setup import Astronaut, Log, Session

with Session() as session:
    session.delete(session.get_one(Astronaut, 1))
    session.commit()  # loads watney's logs, sets their astronaut_id to NULL
    print(session.get(Log, 1), Astronaut.logs.property.cascade)
