# raises: MultipleResultsFound
from sqlalchemy import text
from engine_setup import engine

query = text("SELECT name, role FROM crew ORDER BY name")
with engine.connect() as conn:
    rows = conn.execute(query).all()  # a list of Row: tuples with names
    print("all():", rows)
    print("rows[0].name:", rows[0].name)
    print("first():", conn.execute(query).first())  # the first row or None
    conn.execute(query).one()  # exactly one row, or it raises
