from datetime import datetime, timedelta, timezone

from sqlalchemy import select, update
from sqlite_vs_postgresql_setup import Astronaut, engine

launch = datetime(2035, 11, 7, 9, 30, tzinfo=timezone(timedelta(hours=-6)))
with engine.begin() as conn:  # launched is DateTime(timezone=True)
    conn.execute(update(Astronaut).where(Astronaut.id == 1).values(launched=launch))
    stored = conn.scalar(select(Astronaut.launched).where(Astronaut.id == 1))
    print(stored, stored == launch)
