from sqlalchemy import insert, select
from sqlalchemy.orm import Session
from transactions_setup import Astronaut, engine

engine.echo = False
names = select(Astronaut.name).order_by(Astronaut.name)
with engine.connect() as conn, conn.begin() as outer:
    conn.execute(insert(Astronaut).values(name="Rick Martinez"))  # fixture
    with Session(conn, join_transaction_mode="create_savepoint") as s:
        s.execute(insert(Astronaut).values(name="Alex Vogel"))
        s.rollback()  # the code under test rolls back: its SAVEPOINT only
        with s.begin_nested():  # a SAVEPOINT inside the session's own
            s.add(Astronaut(name="Chris Beck"))
        s.commit()
        print("in the test:", s.scalars(names).all())
    outer.rollback()
with Session(engine) as session:
    print("after the test:", session.scalars(names).all())
