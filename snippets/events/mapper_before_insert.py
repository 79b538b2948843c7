from sqlalchemy import event
from events_setup import Astronaut, Factory, engine


@event.listens_for(Astronaut, "before_insert")
def fill_call_sign(mapper, connection, target):  # this row's columns only
    target.call_sign = target.name.split()[-1].upper()


engine.echo = True  # the INSERT carries the call sign
with Factory.begin() as session:
    session.add(Astronaut(name="Mark Watney"))
