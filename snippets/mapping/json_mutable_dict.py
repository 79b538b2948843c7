# output: only ^(UPDATE|\{)
from sqlalchemy.orm import Session
from mapping_setup import Crew, engine

with Session(engine) as session:
    watney = session.get_one(Crew, 1)
    watney.suit["o2"] = 20  # plain JSON: the ORM does not see this
    watney.kit["o2"] = 20  # MutableDict: flags the change
    session.commit()  # UPDATE crew SET kit=...
    print(watney.suit, watney.kit)  # reloaded after the commit
