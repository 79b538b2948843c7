from migration_setup import Astronaut, Session

with Session() as session, session.begin():  # commits at the end
    session.add(Astronaut(name="Beth Johanssen", ship_id=1))
with Session() as session:  # autobegins at its first SQL
    print(session.get(Astronaut, 3), session.in_transaction())
