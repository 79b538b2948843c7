from sqlalchemy import func, select
from sqlalchemy.orm import Session
from transactions_setup import Astronaut, engine

engine.echo = False
count = select(func.count()).select_from(Astronaut)


def run_test(name: str) -> None:  # what a fixture does around each test
    with engine.connect() as conn, conn.begin() as outer:
        with Session(conn, join_transaction_mode="create_savepoint") as s:
            s.add(Astronaut(name=name))  # the code under test...
            s.commit()  # ...may commit: this only releases a SAVEPOINT
            print(f"test adding {name}: {s.scalar(count)} row")
        outer.rollback()  # undoes all the test committed


run_test("Mark Watney")
run_test("Beth Johansen")  # starts from the same empty table
with Session(engine) as session:
    print("after both tests:", session.scalar(count))
