from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert
from errors_setup import Astronaut, Session

watney = insert(Astronaut).values(name="Mark Watney").on_conflict_do_nothing()
with Session.begin() as session:  # the database decides: no race window
    session.execute(watney)  # already there: nothing inserted, no error
    print(session.scalar(select(Astronaut).filter_by(name="Mark Watney")))
