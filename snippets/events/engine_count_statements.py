from sqlalchemy import event
from events_setup import Astronaut, Factory, engine

sent: list[str] = []  # a = (conn, cursor, statement, parameters, ...)
event.listen(engine, "before_cursor_execute", lambda *a: sent.append(a[2]))
with Factory() as session:
    beck = session.get_one(Astronaut, 2)  # a SELECT
    session.get_one(Astronaut, 2)  # in the identity map: no SQL
print("statements sent:", len(sent))
