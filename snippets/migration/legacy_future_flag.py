import sqlalchemy
import sqlalchemy.future
from sqlalchemy import text
from sqlalchemy.exc import ArgumentError
from sqlalchemy.future import create_engine
from sqlalchemy.orm import Session

# 1.4's opt-in: sqlalchemy.future is now just an alias of the top-level names
print("same function:", create_engine is sqlalchemy.create_engine)
print("same Engine:", sqlalchemy.future.Engine is sqlalchemy.Engine)

# future=True is still accepted, silently, and changes nothing
engine = create_engine("sqlite://", future=True)
with Session(engine, future=True) as session:
    print(session.execute(text("SELECT 'Hermes'")).scalar())

# The 1.x behaviour it used to switch off no longer exists
try:
    create_engine("sqlite://", future=False)
except ArgumentError as err:
    print(f"{type(err).__name__}: {err}")
