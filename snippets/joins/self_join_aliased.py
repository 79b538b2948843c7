from sqlalchemy import select
from sqlalchemy.orm import Session, aliased
from joins_setup import Astronaut, engine

boss = aliased(Astronaut, name="boss")  # the same table, a second time
on = Astronaut.boss_id == boss.id
stmt = select(Astronaut.name, boss.name).join(boss, on)
with Session(engine) as session:
    print(session.execute(stmt.order_by(Astronaut.id)).all())
