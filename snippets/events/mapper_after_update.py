from sqlalchemy import event
from events_setup import Astronaut, Factory, engine


@event.listens_for(Astronaut, "before_update")
def bump_revision(mapper, connection, target):
    target.revision += 1  # set here, it joins this UPDATE statement


event.listen(Astronaut, "after_update", lambda *args: print("after_update"))
engine.echo = True
with Factory.begin() as session:  # commits at the end of the block
    session.get_one(Astronaut, 2).name = "Dr. Chris Beck"
