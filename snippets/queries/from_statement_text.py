from sqlalchemy import select, text
from sqlalchemy.orm import Session
from queries_setup import Astronaut, engine

stmt = select(Astronaut).from_statement(text("SELECT * FROM astronaut WHERE id = :id"))
with Session(engine) as session:
    pilot = session.scalars(stmt, {"id": 2}).one()
    print(pilot, "in session:", pilot in session)  # a real ORM object
