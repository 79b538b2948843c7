# output: only ^(UPDATE|botanist)
from sqlalchemy import update
from sqlalchemy.orm import Session
from bulk_setup import Astronaut, engine

rows = [{"id": 1, "role": "boss"}, {"id": 2, "role": "botanist"}]
with Session(engine) as session:
    watney = session.get_one(Astronaut, 2)
    session.execute(update(Astronaut), rows)  # no where()
    print(watney.role)  # a loaded object gets the new value too
