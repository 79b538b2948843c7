from cascades_setup import Astronaut, Mission, Session

with Session() as session:
    merged = session.merge(Mission(id=2, crew=[Astronaut()]))  # no "merge"
    print(merged, "crew:", merged.crew)  # the astronaut was not copied
