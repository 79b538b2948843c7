from sqlalchemy import text
from sqlalchemy.orm import Session
from queries_setup import engine

name = "x' OR '1'='1"  # a crafted value
with Session(engine) as session:
    sql = f"SELECT count(*) FROM astronaut WHERE name = '{name}'"  # WRONG
    print("f-string:", session.scalar(text(sql)))  # every row matches
    sql = "SELECT count(*) FROM astronaut WHERE name = :name"
    print("bound:", session.scalar(text(sql), {"name": name}))  # only data
