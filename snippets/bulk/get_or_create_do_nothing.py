from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from bulk_setup import Astronaut, engine

dialect = postgresql if engine.dialect.name == "postgresql" else sqlite  # pick yours
with Session(engine) as session:
    stmt = dialect.insert(Astronaut).values(name="Mark Watney").on_conflict_do_nothing()
    session.execute(stmt)  # a clash on any unique key: no error, no row
    print(session.scalars(select(Astronaut).filter_by(name="Mark Watney")).one().id)
