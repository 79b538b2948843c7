import os

from sqlalchemy import create_engine

engine = create_engine(os.environ.get("DATABASE_URL", "sqlite://"))
print(engine)  # no flag: 2.x behaviour is the only one
