from sqlalchemy import text
from engine_setup import engine

query = text("SELECT name, role FROM crew ORDER BY name")
with engine.connect() as conn:
    print("scalar():", conn.execute(query).scalar())  # first row, column
    print("scalars():", conn.execute(query).scalars().all())  # first column
    print("mappings():", conn.execute(query).mappings().first())
