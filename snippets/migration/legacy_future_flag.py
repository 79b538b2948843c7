# raises: ArgumentError
import os

from sqlalchemy.future import create_engine  # a plain re-export

url = os.environ.get("DATABASE_URL", "sqlite://")
create_engine(url, future=True)  # accepted, and changes nothing
create_engine(url, future=False)  # the 1.x mode is gone
