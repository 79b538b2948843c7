from sqlalchemy.orm import Session
from relationships_setup import Astronaut, engine

with Session(engine) as session:
    lewis, martinez, watney = (session.get_one(Astronaut, i) for i in (1, 2, 3))
    martinez.boss, watney.boss = lewis, martinez  # many-to-one, up the tree
    session.flush()
    print(lewis.reports, martinez.reports, watney.boss_id)  # down the tree
