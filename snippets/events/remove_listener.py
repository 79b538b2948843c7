from sqlalchemy import event
from events_setup import Factory

with Factory() as session:
    event.listen(session, "after_commit", print)  # any callable will do
    print("registered:", event.contains(session, "after_commit", print))
    event.remove(session, "after_commit", print)  # the same 3 arguments
    print("registered:", event.contains(session, "after_commit", print))
