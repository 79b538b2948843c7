from sqlalchemy import inspect
from sqlalchemy.orm import Session
from internals_setup import Astronaut, engine

engine.echo = False
session = Session(engine)
lewis, martinez = session.get_one(Astronaut, 1), session.get_one(Astronaut, 2)
session.expunge(martinez)  # this one
print("detached:", inspect(lewis).detached, inspect(martinez).detached)
session.close()  # all of them; what was loaded stays readable
print("detached:", inspect(lewis).detached, lewis)
with Session(engine) as other:
    other.add(lewis)  # attached again
    print("persistent:", inspect(lewis).persistent)
