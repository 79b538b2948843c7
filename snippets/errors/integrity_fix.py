from sqlalchemy import select
from sqlalchemy.dialects import mysql, postgresql, sqlite
from errors_setup import Astronaut, Session, engine

dialect = postgresql if engine.dialect.name == "postgresql" else sqlite  # pick yours
watney = dialect.insert(Astronaut).values(name="Mark Watney").on_conflict_do_nothing()
with Session.begin() as session:  # the database decides: no race window
    session.execute(watney)  # already there: nothing inserted, no error
    print(session.scalar(select(Astronaut).filter_by(name="Mark Watney")))
# MySQL has no DO NOTHING: a no-op update of the key does the same
upsert = mysql.insert(Astronaut).values(name="Mark Watney")
upsert = upsert.on_duplicate_key_update(id=Astronaut.id)
print("MySQL (compiled, not executed):", upsert.compile(dialect=mysql.dialect()))
