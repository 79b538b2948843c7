from orm_errors_setup import Astronaut, Session

with Session() as session:
    print(session.get(Astronaut, 2))  # by primary key, on the Session
