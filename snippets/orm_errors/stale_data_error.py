# raises: StaleDataError
from sqlalchemy import text
from orm_errors_setup import Astronaut, Session

with Session() as session:
    watney = session.get_one(Astronaut, 2)
    session.execute(text("DELETE FROM astronaut WHERE id = 2"))  # behind the ORM
    watney.name = "Mark Watney, botanist"
    session.commit()  # UPDATE ... WHERE id = 2 finds no row
