from sqlalchemy.orm import Session
from internals_setup import Astronaut, engine

form = Astronaut(id=2, name="Rick Martinez", role="MAV pilot")  # transient
with Session(engine, autoflush=False) as session:  # UPDATE at commit
    merged = session.merge(form)  # not in the map: SELECT by primary key
    print("is form:", merged is form, "| form in session:", form in session)
    print("again, no SQL:", session.merge(form) is merged)  # in the map now
    session.commit()  # UPDATE of the changed column only
