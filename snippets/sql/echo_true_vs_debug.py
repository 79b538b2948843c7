from sqlalchemy import select
from sql_setup import Astronaut, engine

stmt = select(Astronaut.name).where(Astronaut.id < 3).order_by(Astronaut.id)
engine.echo = True  # statements and parameters
print("-- echo=True")
with engine.connect() as conn:
    conn.execute(stmt).all()
engine.echo = "debug"  # ...plus the column names and every row
print('-- echo="debug"')
with engine.connect() as conn:
    conn.execute(stmt).all()
