import os
import tempfile

from sqlalchemy import create_engine, select, update
from sqlalchemy.orm import Session
from session_setup import Astronaut, Base, names

with tempfile.TemporaryDirectory() as tmp:  # a file: two real connections
    engine = create_engine(os.environ.get("DATABASE_URL", f"sqlite:///{tmp}/a.db"))
    Base.metadata.drop_all(engine)  # on PostgreSQL: the setup's rows go
    Base.metadata.create_all(engine)
    with Session(engine) as reader, Session(engine) as writer:
        reader.add(Astronaut(id=1, name="Melissa Lewis"))
        reader.commit()
        lewis = reader.get(Astronaut, 1)  # held, so it stays in the identity map
        writer.execute(update(Astronaut).values(name="Mark Watney"))
        writer.commit()
        print("columns:", reader.scalars(names).all())  # this SELECT sees it
        print("object:", reader.scalars(select(Astronaut)).one().name)  # lewis, as is
        fresh = select(Astronaut).execution_options(populate_existing=True)
        print("populate_existing:", reader.scalars(fresh).one().name)
    engine.dispose()
