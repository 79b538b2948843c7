from sqlalchemy import inspect
from sqlalchemy.orm import Session
from internals_setup import Astronaut, engine

kapoor = Astronaut(name="Kelly Kapoor")
print("Astronaut() -> transient:", inspect(kapoor).transient)
with Session(engine) as session:
    session.add(kapoor)
    print("add() -> pending:", inspect(kapoor).pending)
    session.flush()
    print("flush() -> persistent:", inspect(kapoor).persistent)
    session.delete(kapoor)
    session.flush()
    print("delete() + flush() -> deleted:", inspect(kapoor).deleted)
    session.commit()
    print("commit() -> detached:", inspect(kapoor).detached)
