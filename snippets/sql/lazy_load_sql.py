from sqlalchemy.orm import Session
from sql_setup import Mission, engine

engine.echo = True
with Session(engine) as session:
    ares3 = session.get_one(Mission, 1)
    print("loaded:", ares3.name)
    print("crew:", [a.name for a in ares3.crew])  # this line sends a SELECT
