from sqlalchemy import event, inspect
from events_setup import Astronaut, Factory

with Factory() as session:
    beck = session.get_one(Astronaut, 2)
    beck.name = "Dr. Chris Beck"
    name = inspect(beck).attrs.name  # .history is read afresh each time
    event.listen(session, "before_flush", lambda *a: print(name.history))
    session.flush()
    print(name.history)
