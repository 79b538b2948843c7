# warns: SAWarning
# raises: ArgumentError
from sqlalchemy.orm import relationship
from cascades_setup import Astronaut, Log, Session

with Session() as session:
    log = Log(astronaut=session.get_one(Astronaut, 2))  # joins lewis.logs...
    session.flush()  # ...but not the session: warns, the log is not saved
    session.add(log)  # the fix: add it yourself
    session.flush()
    print("saved:", log)
relationship(Log, cascade_backrefs=True)  # only False is accepted now
