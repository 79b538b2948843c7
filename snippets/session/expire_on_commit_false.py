from sqlalchemy.orm import sessionmaker
from session_setup import Astronaut, engine

Session = sessionmaker(engine, expire_on_commit=False)
with Session() as session:
    watney = session.get_one(Astronaut, 2)
    session.commit()  # expires nothing
print(watney)  # detached, and still readable
