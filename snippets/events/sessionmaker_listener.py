from sqlalchemy import event
from sqlalchemy.orm import Session
from events_setup import Factory, engine

event.listen(Factory, "after_commit", lambda session: print("  fired"))
with Factory() as mine, Session(engine) as other:
    print("Factory():")  # every session it makes has the listener
    mine.commit()
    print("Session(engine):")  # other sessions do not
    other.commit()
