from sqlalchemy.orm import Session as OrmSession
from scoped_session_setup import Astronaut, Session, names


def add_crew(session: OrmSession, *crew: str) -> None:  # never commits
    session.add_all([Astronaut(name=name) for name in crew])


add_crew(Session(), "Melissa Lewis")
add_crew(Session(), "Rick Martinez")
Session.rollback()  # the unit of work failed: one rollback undoes both
print("kept:", Session.scalars(names).all())
