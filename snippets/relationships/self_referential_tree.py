from sqlalchemy.orm import Session
from relationships_setup import Astronaut, engine

with Session(engine) as session:
    lewis, watney = (session.get_one(Astronaut, i) for i in (1, 3))
    watney.boss = lewis  # many-to-one: up the tree
    session.flush()
    print(watney.boss, watney.boss_id, lewis.boss_id)
