from sqlalchemy import event
from events_setup import Factory

with Factory() as session:
    event.listen(session, "after_commit", lambda s: print("  fired"), once=True)
    for n in (1, 2, 3):
        print(f"commit {n}:")
        session.commit()
