from errors_setup import Astronaut, Session

with Session() as session:
    session.add(Astronaut(name="Mark Watney"))
    try:
        session.flush()
    except Exception:  # here the IntegrityError
        session.rollback()  # ends the failed transaction
    print(session.get(Astronaut, 1))  # the session works again
