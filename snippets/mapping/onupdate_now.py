# output: only ^(None|UPDATE|SELECT crew.updated_at|True)
from sqlalchemy.orm import Session
from mapping_setup import Crew, engine

with Session(engine) as session:
    watney = session.get_one(Crew, 1)
    print(watney.updated_at)  # not updated yet
    watney.name = "Mark Watney, botanist"
    session.flush()  # the UPDATE sets updated_at=CURRENT_TIMESTAMP
    print(watney.updated_at is not None)  # expired by the flush: SELECT
