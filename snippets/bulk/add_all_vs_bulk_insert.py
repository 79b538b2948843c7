from sqlalchemy import event, insert
from sqlalchemy.orm import Session
from bulk_setup import Astronaut, engine

sql: list[str] = []  # args[2] is the SQL string; one call per driver execute
event.listen(engine, "before_cursor_execute", lambda *args: sql.append(args[2]))
engine.echo = False
with Session(engine) as session:
    session.add_all([Astronaut(name=f"a{i}") for i in range(100)])
    session.flush()  # the new ids must come back, each to its object
    print("INSERTs after add_all():", sum(s.startswith("INSERT") for s in sql))
    session.execute(insert(Astronaut), [{"name": f"b{i}"} for i in range(100)])
    print("after insert() + dicts:", sum(s.startswith("INSERT") for s in sql))
