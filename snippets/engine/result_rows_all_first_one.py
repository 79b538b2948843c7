from sqlalchemy import create_engine, text
from sqlalchemy.exc import MultipleResultsFound, NoResultFound

engine = create_engine("sqlite://")
with engine.begin() as conn:
    conn.execute(text("CREATE TABLE crew (name TEXT, role TEXT)"))
    conn.execute(
        text("INSERT INTO crew VALUES (:name, :role)"),
        [
            {"name": "Melissa Lewis", "role": "commander"},
            {"name": "Alex Vogel", "role": "chemist"},
            {"name": "Chris Beck", "role": "flight surgeon"},
        ],
    )

query = text("SELECT name, role FROM crew ORDER BY name")
with engine.connect() as conn:
    rows = conn.execute(query).all()  # list of Row (named tuples)
    print("all():", rows)
    print("row.name:", rows[0].name, "| row[1]:", rows[0][1])
    print("first():", conn.execute(query).first())  # first row or None
    one = text("SELECT name, role FROM crew WHERE role = 'chemist'")
    print("one():", conn.execute(one).one())  # exactly one row, or raise
    try:
        conn.execute(query).one()
    except MultipleResultsFound as err:
        print(f"MultipleResultsFound: {err}")
    try:
        conn.execute(text("SELECT name FROM crew WHERE role = 'pilot'")).one()
    except NoResultFound as err:
        print(f"NoResultFound: {err}")
    print("one_or_none():", conn.execute(text("SELECT 1 WHERE 0")).one_or_none())
