from scoped_session_setup import Astronaut, Session, names

Session.add(Astronaut(name="Beth Johansen"))  # is Session().add(...)
print("pending in Session():", len(Session().new))
Session.commit()
print(Session.scalars(names).all())
print(Session.get(Astronaut, 1))
