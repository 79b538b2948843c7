from sqlalchemy import func, select
from sqlalchemy.orm import Session
from queries_setup import Astronaut, engine

stmt = select(Astronaut.name).where(Astronaut.mission_id.is_not(None))
total = select(func.count()).select_from(stmt.subquery())  # same filter, no LIMIT
with Session(engine) as session:
    page = session.scalars(stmt.order_by(Astronaut.name, Astronaut.id).limit(2))
    print(page.all(), "of", session.scalar(total))
