import os

from sqlalchemy import create_engine, event
from cascades_setup import Astronaut, Base, Photo, Session

engine = create_engine(os.environ.get("DATABASE_URL", "sqlite://"))
if engine.dialect.name == "sqlite":  # PostgreSQL always enforces foreign keys
    event.listen(engine, "connect", lambda c, _: c.execute("PRAGMA foreign_keys=ON"))
Base.metadata.create_all(engine)
with Session(bind=engine) as session:
    session.add(Astronaut(id=9, photos=[Photo(id=9)]))
    session.commit()  # expires all: the photos are no longer loaded
    session.delete(session.get_one(Astronaut, 9))
    session.commit()  # the database deletes the photo
    print("photo 9:", session.get(Photo, 9))
