from cascades_setup import Astronaut, Log, Session

with Session() as session:
    watney = session.get_one(Astronaut, 1)
    watney.logs.remove(watney.logs[0])  # the log stays, with no astronaut
    session.commit()
    print(session.get(Log, 1), session.get(Log, 2))
