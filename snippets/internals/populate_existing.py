from sqlalchemy import select, update
from sqlalchemy.orm import Session
from internals_setup import Astronaut, engine

engine.echo = False
by_id = select(Astronaut).where(Astronaut.id == 3)
with Session(engine) as session:
    watney = session.scalars(by_id).one()  # loaded, kept in the map
    stmt = update(Astronaut).where(Astronaut.id == 3).values(role="pirate")
    session.execute(stmt, execution_options={"synchronize_session": False})
    print("select():", session.scalars(by_id).one().role)  # stale
    fresh = by_id.execution_options(populate_existing=True)
    print("populate_existing:", session.scalars(fresh).one().role)
