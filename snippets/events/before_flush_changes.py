from sqlalchemy import event
from events_setup import Astronaut, Factory


def audit(session, flush_context, instances):  # sets: sort them if several
    print(f"{session.new = }\n{session.dirty = }\n{session.deleted = }")


with Factory(autoflush=False) as session:  # flush only when told to
    event.listen(session, "before_flush", audit)
    session.add(Astronaut(name="Mark Watney"))
    session.get_one(Astronaut, 2).name = "Dr. Chris Beck"
    session.delete(session.get_one(Astronaut, 1))
    session.flush()
