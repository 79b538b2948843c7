from sqlalchemy import event
from events_setup import Factory

with Factory() as watched, Factory() as other:
    event.listen(watched, "after_commit", lambda session: print("  fired"))
    print("watched.commit():")  # this session object has the listener
    watched.commit()
    print("other.commit():")  # a second session runs without it
    other.commit()
