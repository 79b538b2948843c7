from scoped_session_setup import Astronaut, Session

first = Session()
first.add(Astronaut(name="Alex Vogel"))
Session.remove()  # close() the current session, then forget it
print("new session:", Session() is not first, "pending:", list(Session.new))
