from cascades_setup import Astronaut, Session, Task

with Session() as session:
    session.delete(session.get_one(Astronaut, 1))
    session.commit()  # loads watney's tasks and deletes them first
    print("task 1:", session.get(Task, 1), Astronaut.tasks.property.cascade)
