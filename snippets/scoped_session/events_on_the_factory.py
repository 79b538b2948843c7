from sqlalchemy import create_engine, event
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import scoped_session, sessionmaker

engine = create_engine("sqlite://")
Session = scoped_session(sessionmaker(engine))


# Registered on this registry's factory, not on the Session class: no other
# session in the process is affected.
@event.listens_for(Session, "after_commit")
def log_commit(session: OrmSession) -> None:
    print("  after_commit fired")


print("commit through the registry:")
Session.commit()
Session.remove()

print("commit on a session from the same factory:")
with Session.session_factory() as session:
    session.commit()

print("commit on a plain Session(engine):")
with OrmSession(engine) as session:
    session.commit()
print("(nothing fired)")
