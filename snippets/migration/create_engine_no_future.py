from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

# 2.x has only the "future" behaviour: import from sqlalchemy, pass no flag
engine = create_engine("sqlite://")
with Session(engine) as session:
    print(session.execute(text("SELECT 'Hermes'")).scalar())
