from sqlalchemy import event, select
from sqlalchemy.orm import Session
from sql_setup import Mission, engine

sent: list[str] = []


@event.listens_for(engine, "before_cursor_execute")
def record(conn, cursor, statement, parameters, context, executemany):
    sent.append(statement)


with Session(engine) as session:
    for mission in session.scalars(select(Mission).order_by(Mission.id)):
        print(mission.name, len(mission.crew))  # one lazy load per mission
print(len(sent), "statements: 1 + N")
