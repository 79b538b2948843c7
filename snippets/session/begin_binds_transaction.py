from sqlalchemy.orm import Session
from session_setup import engine

with Session(engine).begin() as x:  # wrong: nothing will close the Session
    print("Session(engine).begin() as x ->", type(x).__name__)
with Session(engine) as s, s.begin():  # right: commits, then closes s
    print("Session(engine) as s, s.begin() ->", type(s).__name__)
