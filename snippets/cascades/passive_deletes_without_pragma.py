# sqlite only: PRAGMA foreign_keys is SQLite's
from sqlalchemy import text
from cascades_setup import Astronaut, Photo, Session

with Session() as session:
    print("foreign_keys:", session.scalar(text("PRAGMA foreign_keys")))
    session.delete(session.get_one(Astronaut, 1))
    session.commit()  # the photo is left to ON DELETE CASCADE, which is off
    print(session.get(Photo, 1))
