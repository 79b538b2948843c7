from sqlalchemy import event
from events_setup import Astronaut, Factory

for name in ("after_begin", "after_commit", "after_rollback"):
    event.listen(Factory, name, lambda *args, n=name: print(n))
with Factory() as session:
    session.add(Astronaut(name="Mark Watney"))
    session.commit()  # its flush takes a connection: the transaction begins
    session.add(Astronaut(name="Rick Martinez"))
    session.rollback()  # nothing flushed, so no after_begin this time
