# raises: ObjectNotExecutableError
from sqlalchemy import create_engine, text

engine = create_engine("sqlite://")
with engine.begin() as conn:
    conn.execute(text("CREATE TABLE crew (name TEXT, role TEXT)"))

with engine.connect() as conn:
    # 1.x accepted a bare SQL string here; 2.x refuses it.
    sql = "SELECT name FROM crew WHERE role = 'pilot'"
    print(conn.execute(sql).scalar_one())  # type: ignore[call-overload]
