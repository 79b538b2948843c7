from sqlalchemy import select
from engine_setup import crew, engine

stmt = select(crew.c.id, crew.c.name).order_by(crew.c.id)  # no list
with engine.connect() as conn:  # no engine.execute(), no MetaData(bind=...)
    print(conn.execute(stmt).all())
