from orm_errors_setup import Astronaut, Session

with Session() as session, session.begin():  # before any statement
    print(session.get(Astronaut, 1))
