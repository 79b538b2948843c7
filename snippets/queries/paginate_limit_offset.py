from sqlalchemy import select
from sqlalchemy.orm import Session
from queries_setup import Astronaut, engine

# name alone may tie; id makes the order unique, so pages never overlap
by_name = select(Astronaut.name).order_by(Astronaut.name, Astronaut.id)
with Session(engine) as session:
    print("page 2:", session.scalars(by_name.limit(3).offset(3)).all())
