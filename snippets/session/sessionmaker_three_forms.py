from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

engine = create_engine("sqlite://")

# sessionmaker() returns a factory object (not a class); calling it makes a Session.
Session = sessionmaker(bind=engine)
print("sessionmaker(bind=engine) is a", type(Session).__name__)

first = Session()  # 1. keep the factory, call it: the idiomatic form
second = sessionmaker(bind=engine)()  # 2. a throw-away factory, called at once
third = sessionmaker(bind=engine).__call__()  # 3. the same call, spelled out

forms = [("Session()", first), ("...()", second), ("...__call__()", third)]
for label, session in forms:
    print(
        f"{label:15} -> {type(session).__name__}, bound to engine:",
        session.bind is engine,
    )
    session.close()

# In practice: one factory per application, one short-lived session per unit of work.
with Session() as session:
    print("with Session() as session ->", type(session).__name__)
