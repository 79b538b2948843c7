import os

from sqlalchemy import create_engine

# Every connection this engine opens starts at this level.
url = os.environ.get("DATABASE_URL", "sqlite://")
engine = create_engine(url, isolation_level="READ UNCOMMITTED")
with engine.connect() as conn:
    print(conn.get_isolation_level())
