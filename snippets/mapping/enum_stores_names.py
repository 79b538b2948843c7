from sqlalchemy import text
from sqlalchemy.dialects import mysql
from mapping_setup import Crew, engine

role = Crew.__table__.c.role.type
print(role.compile(engine.dialect))  # the column's SQL type on this database
print("MySQL (compiled, not executed):", role.compile(dialect=mysql.dialect()))
with engine.connect() as conn:  # raw SQL: what the column really holds
    print(conn.execute(text("SELECT role FROM crew")).scalar())
