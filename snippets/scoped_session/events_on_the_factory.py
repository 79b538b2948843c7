from sqlalchemy import event
from sqlalchemy.orm import Session as OrmSession
from scoped_session_setup import Session, engine, factory

event.listen(Session, "after_commit", lambda session: print("  fired"))
print("Session.commit(), through the registry:")
Session.commit()
print("factory().commit(), the same factory:")
factory().commit()
print("OrmSession(engine).commit(), any other session:")
OrmSession(engine).commit()
