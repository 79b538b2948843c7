from sqlalchemy import func, select, update
from sqlalchemy.orm import Session
from bulk_setup import Astronaut, engine

to_pilot = update(Astronaut).values(role="pilot")
with Session(engine) as session:
    lewis, watney = session.scalars(select(Astronaut).order_by(Astronaut.id))
    session.execute(to_pilot.where(Astronaut.id == 1))  # "auto": evaluate
    session.execute(to_pilot.where(func.lower(Astronaut.name) == "mark watney"))
    print(lewis.role, watney.role)  # the 2nd "auto" fell back to fetch
    stale = {"synchronize_session": False}
    session.execute(to_pilot.values(role="crew"), execution_options=stale)
    print(lewis.role)  # stale: the row says "crew" until expired or committed
