from scoped_session_setup import Astronaut, Session, names

Session.add(Astronaut(name="Alex Vogel"))  # request 1 fails before commit()
# ... and no teardown calls Session.remove(); request 2, same thread:
print("request 2 starts with:", Session.scalars(names).all())
Session.add(Astronaut(name="Chris Beck"))
Session.commit()  # commits request 1's row too
print("committed:", Session.scalars(names).all())
