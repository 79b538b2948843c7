from sqlalchemy import func, select
from sqlalchemy.orm import Session
from queries_setup import Astronaut, Mission, engine

n = func.row_number().over(partition_by=Mission.id, order_by=Astronaut.name)
stmt = select(Mission.name, n.label("n"), Astronaut.name).join(Mission.crew)
with Session(engine) as session:  # numbering restarts for each mission
    print(session.execute(stmt.order_by(Mission.name, "n")).all())
