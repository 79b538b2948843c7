from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from bulk_setup import Astronaut, engine

dialect = sqlite if engine.name == "sqlite" else postgresql  # yours
stmt = dialect.insert(Astronaut).values(name="Watney")
watney = select(Astronaut.id).filter_by(name="Watney")
with Session(engine) as session:
    session.execute(stmt.on_conflict_do_nothing())  # a clash: no-op
    print(session.scalars(watney).one())  # whoever inserted it
