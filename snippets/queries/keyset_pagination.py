from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session
from queries_setup import Astronaut, engine

key = (Astronaut.name, Astronaut.id)  # unique: id breaks ties on name
page = select(*key).order_by(*key).limit(2)
with Session(engine) as session:
    first = session.execute(page).all()
    last_name, last_id = first[-1]  # the last row the client saw
    after = tuple_(*key) > (last_name, last_id)  # seek: skips no rows
    print(first, "->", session.execute(page.where(after)).all())
