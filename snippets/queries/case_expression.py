from sqlalchemy import case, select
from sqlalchemy.orm import Session
from queries_setup import Astronaut, engine

status = case(
    (Astronaut.mission_id.is_(None), "grounded"),  # first true WHEN wins
    (Astronaut.role == "commander", "in command"),
    else_="crew",
)
stmt = select(Astronaut.name, status.label("status")).order_by(Astronaut.id)
with Session(engine) as session:
    print(session.execute(stmt).all())
