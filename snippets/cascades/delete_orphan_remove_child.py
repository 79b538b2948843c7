from cascades_setup import Astronaut, Session, Task

with Session() as session:
    watney = session.get_one(Astronaut, 1)
    watney.tasks.remove(watney.tasks[0])  # an orphan: deleted at the flush
    session.commit()
    print(session.get(Task, 1), session.get(Task, 2))
