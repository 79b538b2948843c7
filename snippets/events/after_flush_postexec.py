from sqlalchemy import event
from events_setup import Astronaut, Factory

with Factory() as session:
    for n in ("after_flush", "after_flush_postexec"):
        event.listen(session, n, lambda s, _, n=n: print(n, list(s.new)))
    session.add(Astronaut(name="Mark Watney"))
    session.flush()  # ids are set in both; new is reset only for postexec
