from sqlalchemy import update
from sqlalchemy.orm import Session
from crud_setup import Astronaut, engine

with Session(engine) as session:
    lewis = session.get(Astronaut, 1)
    stmt = update(Astronaut).where(Astronaut.role != "botanist").values(role="crew")
    session.execute(stmt)  # synchronize_session="auto": loaded objects are patched
    print("after update():", lewis)
    stmt = update(Astronaut).where(Astronaut.id == 1).values(role="commander")
    session.execute(stmt, execution_options={"synchronize_session": False})
    print("synchronize_session=False:", lewis)  # stale until expired or committed
    session.commit()
