from cascades_setup import Astronaut, Log, Session

with Session() as session:
    watney = session.get_one(Astronaut, 1)
    print("before:", watney.logs)  # loaded, then detached
watney.logs.append(Log())  # a change no session sees
with Session() as session:
    merged = session.merge(watney)  # "merge" cascades along watney.logs
    session.commit()
    print("after:", merged.logs)
