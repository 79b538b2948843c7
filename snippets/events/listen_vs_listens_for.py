from sqlalchemy import event
from events_setup import Factory


@event.listens_for(Factory, "after_commit")  # registers at definition time
def decorated(session):
    print("@event.listens_for")


event.listen(Factory, "after_commit", lambda s: print("event.listen"))
with Factory() as session:
    session.commit()  # listeners run in registration order
