import os
import tempfile

from sqlalchemy import create_engine
from sqlalchemy.orm import Session
from session_setup import Astronaut, Base, names

with tempfile.TemporaryDirectory() as tmp:  # a file: two real connections
    engine = create_engine(os.environ.get("DATABASE_URL", f"sqlite:///{tmp}/a.db"))
    Base.metadata.create_all(engine)
    with Session(engine) as writer, Session(engine) as reader:
        writer.add(Astronaut(name="Alex Vogel"))
        writer.flush()  # INSERT sent; rollback() could still undo it
        print("after flush(), reader sees:", reader.scalars(names).all())
        writer.commit()
        print("after commit(), reader sees:", reader.scalars(names).all())
    engine.dispose()
