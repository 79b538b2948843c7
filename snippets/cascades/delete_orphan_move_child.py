from cascades_setup import Astronaut, Session, Task

with Session() as session:
    watney, lewis = session.get_one(Astronaut, 1), session.get_one(Astronaut, 2)
    lewis.tasks.append(watney.tasks.pop(0))  # a new parent, same flush
    session.commit()  # so an UPDATE, not a DELETE
    print(session.get(Task, 1))
