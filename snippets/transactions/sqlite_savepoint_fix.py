# sqlite only: pysqlite's SAVEPOINT handling
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session
from transactions_setup import Astronaut, Base, engine

plain = create_engine("sqlite://")  # pysqlite alone decides on BEGIN
Base.metadata.create_all(plain)
engine.echo = False
for label, eng in [("without the recipe:", plain), ("with it:", engine)]:
    with Session(eng) as session:
        with session.begin_nested():  # without BEGIN first, RELEASE commits
            session.add(Astronaut(name="Melissa Lewis"))
        session.rollback()  # should undo the SAVEPOINT too
        print(label, session.scalars(select(Astronaut.name)).all())
