from sqlalchemy import insert
from sqlalchemy.orm import Session
from crud_setup import Astronaut, engine

with Session(engine) as session:
    stmt = insert(Astronaut).values(name="Kelly Kapoor").returning(Astronaut.id)
    print(session.execute(stmt).one())
    new = session.scalars(  # ORM bulk insert: dicts in, objects out, in order
        insert(Astronaut).returning(Astronaut, sort_by_parameter_order=True),
        [{"name": "Mitch Henderson"}, {"name": "Rich Purnell"}],
    )
    print(new.all())
