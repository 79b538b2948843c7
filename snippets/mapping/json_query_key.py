from sqlalchemy import select
from sqlalchemy.orm import Session
from mapping_setup import Crew, engine

stmt = select(Crew.name).where(Crew.suit["o2"].as_integer() > 50)
with Session(engine) as session:
    print(session.scalars(stmt).all())
