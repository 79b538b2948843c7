from scoped_session_setup import Astronaut, Session, factory, names


def add_crew(*crew: str) -> None:  # anti-pattern: commits on its own
    with factory() as session:
        session.add_all([Astronaut(name=name) for name in crew])
        session.commit()


add_crew("Melissa Lewis")
add_crew("Rick Martinez")
Session.rollback()  # the unit of work failed, but nothing is left to undo
print("kept:", Session.scalars(names).all())
