from sqlalchemy import inspect
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key  # 2.1: not in sqlalchemy.orm
from internals_setup import Astronaut, engine

engine.echo = False
with Session(engine) as session:
    watney = session.get_one(Astronaut, 3)
    key = identity_key(Astronaut, 3)  # = Session.identity_key(Astronaut, 3)
    print("key:", key[0].__name__, key[1:])  # (class, primary key, token)
    print("inspect() agrees:", inspect(watney).identity_key == key)
