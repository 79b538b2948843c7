from sqlalchemy import func, select
from sqlalchemy.orm import Session
from queries_setup import Astronaut, Mission, engine

crew = func.count(Astronaut.id).label("crew")
stmt = select(Mission.name, crew).join(Mission.crew).group_by(Mission.name)
with Session(engine) as session:  # HAVING filters groups, WHERE rows
    print(session.execute(stmt.having(crew >= 2)).all())
