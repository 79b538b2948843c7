from orm_errors_setup import Astronaut, Session

with Session(expire_on_commit=False) as session, session.begin():
    watney = session.get_one(Astronaut, 2)
print(watney.name)  # the loaded values survive commit and close
