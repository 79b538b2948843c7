from collections.abc import Iterator

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from transactions_setup import Astronaut, engine

engine.echo = False
count = select(func.count(Astronaut.id))


# @pytest.fixture  <- in conftest.py; called by hand below, the way pytest does
def session() -> Iterator[Session]:
    with engine.connect() as connection, connection.begin() as outer:
        with Session(bind=connection, join_transaction_mode="create_savepoint") as s:
            yield s  # the test runs here
        outer.rollback()  # undoes all the test committed


def test_add(session: Session) -> None:
    session.add(Astronaut(name="Mark Watney"))
    session.commit()  # it only releases a SAVEPOINT
    print("in the test:", session.scalar(count))


for _ in range(2):  # the same test twice: no clash on the unique name
    fixture = session()
    test_add(next(fixture))  # pytest passes what the fixture yields
    next(fixture, None)  # after the test, pytest resumes the generator
with Session(engine) as s:
    print("after both runs:", s.scalar(count))
