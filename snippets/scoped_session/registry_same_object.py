from scoped_session_setup import Session

print("has a session yet:", Session.registry.has())
print(type(Session).__name__, "->", type(Session()).__name__)  # made now
print("Session() is Session():", Session() is Session())
