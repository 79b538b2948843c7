from sqlalchemy import event
from events_setup import Astronaut, Factory

for n in """transient_to_pending pending_to_persistent persistent_to_detached
    detached_to_persistent persistent_to_deleted deleted_to_detached""".split():
    event.listen(Factory, n, lambda session, obj, n=n: print(n))
with Factory() as session:
    session.add(watney := Astronaut(name="Mark Watney"))  # to pending
    session.commit()  # to persistent
with Factory() as session:  # the first one closed: watney is detached
    session.add(watney)  # back to persistent
    session.delete(watney)
    session.commit()  # to deleted, then detached once the commit ends
