from sqlalchemy import delete, insert, update
from sql_setup import Astronaut

print(insert(Astronaut).values(name="Rich Purnell"))
print(update(Astronaut).where(Astronaut.id == 2).values(name="Mark"))
print(delete(Astronaut).where(Astronaut.mission_id.is_(None)))
