from sqlalchemy import create_engine
from sqlalchemy.orm import scoped_session, sessionmaker

engine = create_engine("sqlite://")

# A registry: calling it returns the Session that belongs to the current scope.
Session = scoped_session(sessionmaker(engine))
print("registry type:", type(Session).__name__)
print("has a session yet:", Session.registry.has())

session = Session()
print("Session() returns a", type(session).__name__)
print("Session() is Session():", Session() is Session())
print("has a session now:", Session.registry.has())
Session.remove()
