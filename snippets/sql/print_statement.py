from sqlalchemy import select
from sql_setup import Astronaut

stmt = select(Astronaut).where(Astronaut.name == "Mark Watney")
print(stmt)  # str(stmt): generic SQL, named placeholders, nothing sent
