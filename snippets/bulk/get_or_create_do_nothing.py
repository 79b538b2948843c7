# targets: sqlite, postgresql
from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from bulk_setup import Astronaut, engine

insert = postgresql.insert if engine.dialect.name == "postgresql" else sqlite.insert
with Session(engine) as session:
    stmt = insert(Astronaut).values(name="Mark Watney").on_conflict_do_nothing()
    session.execute(stmt)  # a clash on any unique key: no error, no row
    print(session.scalars(select(Astronaut).filter_by(name="Mark Watney")).one().id)
