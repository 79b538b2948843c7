import logging
import sys

from sqlalchemy import select
from sql_setup import Astronaut, engine

logging.basicConfig(stream=sys.stdout)  # in step with print()
logging.getLogger("sqlalchemy.engine").setLevel(logging.INFO)
with engine.connect() as conn:  # the level is read when a connection starts
    print(conn.scalar(select(Astronaut.name).where(Astronaut.id == 3)))
