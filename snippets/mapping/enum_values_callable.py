from sqlalchemy import select, text
from mapping_setup import Crew, engine

print(Crew.__table__.c.role_value.type.compile(engine.dialect))
with engine.connect() as conn:
    print(conn.execute(text("SELECT role_value FROM crew")).scalar())
    print(conn.execute(select(Crew.role_value)).scalar())  # back to the member
