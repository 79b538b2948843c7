from sqlalchemy import literal, select
from sqlalchemy.orm import Session
from joins_setup import Astronaut, engine

start = select(Astronaut.name, Astronaut.boss_id, literal(0).label("up"))
chain = start.where(Astronaut.name == "Mark Watney").cte("chain", recursive=True)
boss = select(Astronaut.name, Astronaut.boss_id, chain.c.up + 1)
chain = chain.union_all(boss.join(chain, Astronaut.id == chain.c.boss_id))
with Session(engine) as session:
    print(session.execute(select(chain.c.up, chain.c.name).order_by("up")).all())
