from sqlalchemy import create_engine, text

engine = create_engine("sqlite://")
with engine.begin() as conn:
    conn.execute(text("CREATE TABLE crew (name TEXT, role TEXT)"))
    conn.execute(
        text("INSERT INTO crew VALUES (:name, :role)"),
        [
            {"name": "Rick Martinez", "role": "pilot"},
            {"name": "Beth Johansen", "role": "sysop"},
            {"name": "Mark Watney", "role": "botanist"},
        ],
    )

query = text("SELECT name, role FROM crew ORDER BY name")
with engine.connect() as conn:
    # scalar(): first column of the first row.
    print("scalar():", conn.execute(text("SELECT count(*) FROM crew")).scalar())
    # scalars(): first column of every row.
    print("scalars():", conn.execute(query).scalars().all())
    # mappings(): rows as read-only dicts.
    for crew in conn.execute(query).mappings():
        print("mappings():", dict(crew))
