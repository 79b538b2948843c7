from sqlalchemy import select
from sql_setup import Astronaut

stmt = select(Astronaut.id).where(Astronaut.name.in_(["Rick", "Beth"]))
compiled = stmt.compile()
print(compiled)
print(compiled.params)  # the values that travel beside the SQL
