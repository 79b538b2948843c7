from sqlalchemy import event, insert
from sqlalchemy.orm import Session
from bulk_setup import Astronaut, engine

sql: list[str] = []  # a[2]: the SQL of each driver execute
event.listen(engine, "before_cursor_execute", lambda *a: sql.append(a[2]))
engine.echo = False
with Session(engine) as session:
    session.add_all([Astronaut(name=f"a{i}") for i in range(100)])
    session.flush()  # each new id must come back to its object
    print("add_all() INSERTs:", sum("INSERT" in s for s in sql))
    rows = [{"name": f"b{i}"} for i in range(100)]
    session.execute(insert(Astronaut), rows)
    print("with insert() too:", sum("INSERT" in s for s in sql))
