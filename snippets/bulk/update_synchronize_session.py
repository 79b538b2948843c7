# output: only ^(UPDATE|pilot)
from sqlalchemy import update
from sqlalchemy.orm import Session
from bulk_setup import Astronaut, engine

pilot = update(Astronaut).values(role="pilot")
stale = {"synchronize_session": False}
with Session(engine) as session:
    lewis, watney = (session.get_one(Astronaut, i) for i in (1, 2))
    session.execute(pilot.where(Astronaut.id == 1))  # evaluate
    session.execute(pilot.where(Astronaut.name.like("W%")))  # fetch
    print(lewis.role, watney.role)
    session.execute(pilot.values(role="crew"), execution_options=stale)
    print(lewis.role)  # stale: the row says "crew"
