from sqlalchemy import select
from sql_setup import Astronaut, engine

stmt = select(Astronaut.id).where(Astronaut.name.in_(["Rick", "Beth"]))
# for reading and logging only: never execute the inlined string
print(stmt.compile(engine, compile_kwargs={"literal_binds": True}))
