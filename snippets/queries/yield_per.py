from sqlalchemy import select
from sqlalchemy.orm import Session
from queries_setup import Astronaut, engine

engine.echo = False
stmt = select(Astronaut).order_by(Astronaut.id).execution_options(yield_per=2)
with Session(engine) as session:
    for batch in session.scalars(stmt).partitions():  # 2 objects in memory at a time
        print(batch)
