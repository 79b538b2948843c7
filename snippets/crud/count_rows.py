from sqlalchemy import func, select
from sqlalchemy.orm import Session
from crud_setup import Astronaut, engine

with Session(engine) as session:
    stmt = select(func.count()).select_from(Astronaut).where(Astronaut.name.like("M%"))
    print("names starting with M:", session.scalar(stmt))
