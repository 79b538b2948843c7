from concurrent.futures import ThreadPoolExecutor

from scoped_session_setup import Astronaut, Session, factory, names

shared = factory()  # wrong: one Session (one transaction) for all threads
with ThreadPoolExecutor(max_workers=1) as hermes:  # another thread
    hermes.submit(shared.add, Astronaut(name="Mark Watney")).result()
    hermes.submit(Session.add, Astronaut(name="Alex Vogel")).result()
shared.commit()  # this thread commits Hermes' unfinished work too ...
Session.commit()  # ... but not what Hermes added through the registry
print("committed:", Session.scalars(names).all())
