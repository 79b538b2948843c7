from sqlalchemy import create_engine, event
from cascades_setup import Astronaut, Base, Photo, Session

engine = create_engine("sqlite://")
event.listen(engine, "connect", lambda conn, _: conn.execute("PRAGMA foreign_keys=ON"))
Base.metadata.create_all(engine)
with Session(bind=engine) as session:
    session.add(Astronaut(photos=[Photo()]))
    session.delete(session.get_one(Astronaut, 1))  # get_one flushes the add
    session.commit()  # the database deletes the photo
    print("photo 1:", session.get(Photo, 1))
