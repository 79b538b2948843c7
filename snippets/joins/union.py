from sqlalchemy import select, union, union_all
from sqlalchemy.orm import Session
from joins_setup import Astronaut, engine

commander = select(Astronaut.name).where(Astronaut.role == "commander")
m_names = select(Astronaut.name).where(Astronaut.name.like("M%"))
with Session(engine) as session:  # Melissa Lewis is in both
    print(session.scalars(union(commander, m_names).order_by("name")).all())
    print(session.scalars(union_all(commander, m_names).order_by("name")).all())
