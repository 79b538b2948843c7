from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session
from bulk_setup import Astronaut, engine

with Session(engine) as session:
    stmt = insert(Astronaut).values(name="Mark Watney").on_conflict_do_nothing()
    session.execute(stmt)  # a clash on any unique key: no error, no row
    print(session.scalars(select(Astronaut).filter_by(name="Mark Watney")).one().id)
