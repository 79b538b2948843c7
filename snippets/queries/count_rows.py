from sqlalchemy import func, select
from sqlalchemy.orm import Session
from queries_setup import Mission, engine

with Session(engine) as session:
    print(session.scalar(select(func.count()).select_from(Mission)))  # one number
    engine.echo = False
    print("len():", len(session.scalars(select(Mission)).all()))  # loads them all
    joined = select(func.count()).select_from(Mission).join(Mission.crew)
    print("join:", session.scalar(joined))  # Ares III once per crew member
    distinct = select(func.count(Mission.id.distinct())).join(Mission.crew)
    print("distinct:", session.scalar(distinct))
