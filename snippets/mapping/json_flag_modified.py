# output: only ^UPDATE
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified
from mapping_setup import Crew, engine

with Session(engine) as session:
    watney = session.get_one(Crew, 1)
    watney.suit["o2"] = 20
    flag_modified(watney, "suit")  # mark the plain JSON column as changed
    session.commit()  # UPDATE crew SET suit=...
