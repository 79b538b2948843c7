from cascades_setup import Astronaut, Mission, Session

with Session() as session:
    lewis = session.get_one(Astronaut, 2)
    session.add(Mission(crew=[lewis]))  # lewis now crews missions 1 and 2
    session.delete(session.get_one(Mission, 1))  # "delete" reaches its crew
    session.commit()  # so lewis goes too, though mission 2 still has him
    print("lewis:", session.get(Astronaut, 2), Mission.crew.property.cascade)
