from sqlalchemy.dialects import postgresql, sqlite
from sqlite_vs_postgresql_setup import Astronaut, engine

dialect = postgresql if engine.dialect.name == "postgresql" else sqlite  # pick yours
stmt = dialect.insert(Astronaut).values(name="Mark Watney", role="pirate")
stmt = stmt.on_conflict_do_update(
    index_elements=[Astronaut.name], set_={"role": stmt.excluded.role}
)
with engine.begin() as conn:
    print(conn.execute(stmt.returning(Astronaut.id, Astronaut.role)).all())
