from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session
from scoped_session_setup import Astronaut, factory, names


def get_session() -> Iterator[Session]:  # def view(s: Session = Depends(get_session))
    with factory() as session:
        yield session  # the view runs here; then the with block closes the session


for name in "Melissa Lewis", "Rick Martinez":  # two requests, as FastAPI runs it:
    with contextmanager(get_session)() as session:  # next(), then next() at exit
        session.add(Astronaut(name=name))
        session.commit()
        print(session.scalars(names).all(), session.in_transaction())
    print("after the request:", session.in_transaction())
