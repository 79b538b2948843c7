from sqlalchemy import insert
from transactions_setup import Astronaut, engine

with engine.begin() as conn:  # BEGIN at once; COMMIT on exit
    print("bound to:", type(conn).__name__)
    conn.execute(insert(Astronaut).values(name="Beth Johansen"))
