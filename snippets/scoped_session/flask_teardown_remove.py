from scoped_session_setup import Astronaut, Session, names


def shutdown_session(exception: BaseException | None = None) -> None:
    Session.remove()  # @app.teardown_appcontext: runs after every request


for name in "Melissa Lewis", "Rick Martinez":  # two requests, as Flask runs them
    Session.add(Astronaut(name=name))  # a view uses the registry
    Session.commit()
    print(Session.scalars(names).all())
    shutdown_session()
    print("a session left over:", Session.registry.has())
