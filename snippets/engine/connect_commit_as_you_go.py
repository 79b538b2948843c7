from sqlalchemy import create_engine, text

engine = create_engine("sqlite://")
with engine.begin() as conn:
    conn.execute(text("CREATE TABLE crew (name TEXT)"))

engine.echo = True
with engine.connect() as conn:
    conn.execute(text("INSERT INTO crew VALUES ('Mark Watney')"))
    conn.commit()  # commit as you go: nothing is saved without this line
    conn.execute(text("INSERT INTO crew VALUES ('Rick Martinez')"))
    # no commit: leaving the block rolls this insert back

engine.echo = False
with engine.connect() as conn:
    print("saved:", conn.execute(text("SELECT name FROM crew")).scalars().all())
