from scoped_session_setup import Astronaut, Session


def handle_request(name: str) -> None:
    print("a session left over at the start:", Session.registry.has())
    try:
        Session.add(Astronaut(name=name))  # the view only uses the registry
        Session.commit()
    finally:
        Session.remove()  # teardown: close and forget the session


handle_request("Melissa Lewis")
handle_request("Rick Martinez")
