from cascades_setup import Astronaut, Log, Session

with Session() as session:
    vogel = Astronaut(logs=[Log()])
    session.add(vogel)  # save-update: the log comes along
    vogel.logs.append(Log())  # vogel is in the session: this one joins
    print("in session:", [log in session for log in vogel.logs])
