from orm_errors_setup import Astronaut, Session

with Session() as session:
    session.add_all([Astronaut(name="Alex Vogel"), Astronaut(name="Chris Beck")])
    print("pending:", len(session.new))
