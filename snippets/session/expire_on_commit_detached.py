# raises: DetachedInstanceError
from sqlalchemy.orm import Session
from session_setup import Astronaut, engine

with Session(engine) as session:  # expire_on_commit=True is the default
    watney = session.get_one(Astronaut, 2)
    session.commit()  # expires every attribute: the next read must SELECT
print(watney.name)  # but the session is closed: nothing to reload it from
